/** The sign-in form: users-permissions' /api/auth/local, nothing else is reachable before it. */
import { useState } from 'preact/hooks';
import { ApiError, signIn } from '../api';
import { useStrings } from '../i18n';

export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const t = useStrings();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(identifier, password);
      onSignedIn();
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status < 500 ? t.signInFailed : String((failure as Error).message));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t.signInTitle}</h1>
        <p class="subtitle">{t.appTitle} · {t.appSubtitle}</p>
        <label>
          {t.username}
          <input name="identifier" autocomplete="username" required value={identifier} onInput={(e) => setIdentifier(e.currentTarget.value)} />
        </label>
        <label>
          {t.password}
          <input name="password" type="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{busy ? t.signingIn : t.signIn}</button>
      </form>
    </main>
  );
}
