/**
 * The page: the sign-in form until the agent has a JWT, then the console (or, at
 * /hotline/report, the office's report). The page language switches between 简 and 繁.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, whenSignedOut } from './api';
import { Console } from './components/console';
import { Report } from './components/report';
import { SignIn } from './components/sign-in';
import { STRINGS, StringsContext, storeUiLanguage, storedUiLanguage, type UiLanguage } from './i18n';
import { storedToken, storeToken } from './session';
import type { SessionInfo } from './types';

const onReportPage = () => location.pathname.replace(/\/+$/, '').endsWith('/report');

export function App() {
  const [language, setLanguage] = useState<UiLanguage>(storedUiLanguage());
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [signedIn, setSignedIn] = useState(storedToken() !== null);
  const [refused, setRefused] = useState(false);
  const t = STRINGS[language];

  useEffect(() => whenSignedOut(() => setSignedIn(false)), []);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${t.appTitle} · 同源`;
  }, [language]);
  useEffect(() => {
    if (!signedIn) return;
    setRefused(false);
    api.get<{ data: SessionInfo }>('/api/hotline/session').then(
      (answer) => setSession(answer.data),
      (failure: unknown) => setRefused(failure instanceof ApiError && failure.status === 403),
    );
  }, [signedIn]);

  function switchLanguage(next: UiLanguage) {
    storeUiLanguage(next);
    setLanguage(next);
  }

  function signOut() {
    storeToken(null);
    setSession(null);
    setSignedIn(false);
  }

  const report = onReportPage();
  return (
    <StringsContext.Provider value={t}>
      <header class="top">
        <div class="brand"><b>{t.appTitle}</b> <span>{t.appSubtitle}</span></div>
        <nav>
          <span class="ui-language" role="group" aria-label={t.uiLanguage}>
            <button type="button" class={language === 'zh-CN' ? 'on' : ''} aria-pressed={language === 'zh-CN'} onClick={() => switchLanguage('zh-CN')}>简</button>
            <button type="button" class={language === 'zh-HK' ? 'on' : ''} aria-pressed={language === 'zh-HK'} onClick={() => switchLanguage('zh-HK')}>繁</button>
          </span>
          {session?.canSeeReport && (report ? <a href="/hotline">{t.console}</a> : <a href="/hotline/report">{t.report}</a>)}
          {signedIn && <span class="user">{session?.username}</span>}
          {signedIn && <button type="button" class="ghost" onClick={signOut}>{t.signOut}</button>}
        </nav>
      </header>
      {!signedIn && <SignIn onSignedIn={() => setSignedIn(true)} />}
      {signedIn && refused && <main class="refused"><p class="error" role="alert">{t.noPermission}</p></main>}
      {signedIn && !refused && session && (report ? <Report /> : <Console />)}
    </StringsContext.Provider>
  );
}
