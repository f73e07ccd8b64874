import { randomUUID } from 'node:crypto';
import type { StorageIssue } from '@shared/contract/storageIssue';
import type { IssueReport } from './documentFile';

/** Storage problems found since start-up, shown to the user until dismissed. */
export class IssueLog {
  private issues: StorageIssue[] = [];
  constructor(private readonly now: () => Date) {}

  report = (issue: IssueReport): void => {
    this.issues.push({ ...issue, id: randomUUID(), at: this.now().toISOString() });
  };

  list(): StorageIssue[] {
    return [...this.issues];
  }

  /** Forgets the notices of a deleted profile: nothing of it remains. */
  forgetProfile(profileId: string): void {
    this.issues = this.issues.filter((issue) => issue.profileId !== profileId);
  }

  dismiss(id: string): void {
    this.issues = this.issues.filter((issue) => issue.id !== id);
  }
}
