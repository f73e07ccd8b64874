import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clampSlide, slideForKey } from '@shared/features/present/navigation';
import { useSession } from '../../app/session';
import { enterFullScreen, leaveFullScreen, type ScreenMode } from './fullScreen';
import { SLIDE_TITLE } from './presentLabels';
import { usePresent } from './presentStore';
import { SlideBody, SlideSubtitle } from './slides/SlideBody';
import { usePresentationPlan } from './useSlides';
import './present.css';

/** Keys that act on a focused control themselves; the presentation leaves them alone there. */
const CONTROL_KEYS: ReadonlySet<string> = new Set([' ', 'Enter']);

/**
 * The running presentation: one slide at a time on the whole screen, nothing else of the app in the
 * page. Stepped with the keyboard or the quiet buttons at the bottom; Escape closes it.
 */
export function Presentation() {
  const { t } = useTranslation();
  const plan = usePresentationPlan();
  const showing = usePresent((s) => s.showing);
  const screen = usePresent((s) => s.screen);
  const name = useSession((s) => s.state?.profiles.find((p) => p.id === s.state?.activeProfileId)?.name.trim() ?? '');
  const root = useRef<HTMLElement>(null);
  const [announced, setAnnounced] = useState('');

  const slides = plan?.slides ?? [];
  const count = slides.length;
  const index = clampSlide(showing?.index ?? 0, count);
  const slide = slides[index];
  const title = slide ? t(SLIDE_TITLE[slide.kind]) : '';
  const stop = () => usePresent.getState().stop();
  const go = (to: number) => usePresent.getState().go(to, count);

  // Full screen when the presentation opens, back to the window when it closes.
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    let mode: ScreenMode | null = null;
    let closed = false;
    element.focus();
    void enterFullScreen(element).then((reached) => {
      mode = reached;
      if (closed) void leaveFullScreen(reached);
      else usePresent.getState().setScreen(reached);
    });
    // The browser's own way out of full screen (its Escape, F11) closes the presentation too.
    const onFullScreenChange = () => {
      if (!document.fullscreenElement && mode === 'element') usePresent.getState().stop();
    };
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => {
      closed = true;
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      void leaveFullScreen(mode);
      // Left by another way than Escape or the close button (the browser's back button): stop too.
      usePresent.getState().stop();
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        usePresent.getState().stop();
        return;
      }
      if (CONTROL_KEYS.has(e.key) && e.target instanceof Element && e.target.closest('button, a, input, select, textarea')) return;
      const next = slideForKey(e.key, index, count);
      if (next === null) return;
      e.preventDefault();
      usePresent.getState().go(next, count);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, count]);

  // Announce each slide's title; keep keyboard focus in the presentation when a slide's content goes.
  useEffect(() => {
    if (title !== '') setAnnounced(t('present.view.announce', { title, current: index + 1, total: count }));
    const active = document.activeElement;
    if (root.current && (active === null || active === document.body || !root.current.contains(active))) root.current.focus();
  }, [title, index, count, t]);

  return (
    <main ref={root} className="presentation" tabIndex={-1} aria-label={t('present.view.label')} data-testid="presentation">
      <div className="presentation__bar">
        <p className="presentation__brand">{name === '' ? t('app.name') : `${t('app.name')} · ${name}`}</p>
        {count > 0 && (
          <p className="presentation__counter" data-testid="present-counter">
            {t('present.view.counter', { current: index + 1, total: count })}
          </p>
        )}
        <button type="button" className="presentation__quiet" aria-label={t('present.view.closeLabel')} onClick={stop}>
          {t('present.view.close')}
        </button>
      </div>
      {slide && (
        <section key={index} className="presentation__slide" aria-labelledby="present-slide-title" data-slide={slide.kind} tabIndex={0}>
          <h1 id="present-slide-title">{title}</h1>
          <SlideSubtitle slide={slide} />
          <SlideBody slide={slide} />
        </section>
      )}
      <div className="presentation__steps">
        {screen === 'none' && <p className="presentation__note">{t('present.view.windowOnly')}</p>}
        <button type="button" className="presentation__quiet" aria-disabled={index === 0} onClick={() => index > 0 && go(index - 1)}>
          <span aria-hidden="true">← </span>
          {t('present.view.previous')}
        </button>
        <button type="button" className="presentation__quiet" aria-disabled={index >= count - 1} onClick={() => index < count - 1 && go(index + 1)}>
          {t('present.view.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="present-announce">
        {announced}
      </p>
    </main>
  );
}
