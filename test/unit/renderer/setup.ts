import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// The screens run against the real services (./backend.ts); on a busy machine an answer and the
// render after it can take longer than testing-library's default second.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
});
