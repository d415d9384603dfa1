import { useState } from 'preact/hooks';
import type { DashboardContent } from '../content';

export type SignInError = 'wrongToken' | 'failed' | 'empty';

interface Props {
  copy: DashboardContent;
  /** Checks the token against the API; resolves to an error, or nothing when signed in. */
  onSignIn: (token: string) => Promise<SignInError | undefined>;
}

/**
 * The only thing shown without a token. The token lives in component state and then in the
 * dashboard's memory; the form posts nowhere, so it never reaches a URL.
 */
export function SignIn({ copy, onSignIn }: Props) {
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SignInError | null>(null);
  return (
    <section class="sign-in" aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{copy.signIn.title}</h2>
      <p>{copy.signIn.intro}</p>
      <form
        method="post"
        action="#"
        onSubmit={async (event) => {
          event.preventDefault();
          const value = token.trim();
          if (!value) return setError('empty');
          setBusy(true);
          setError(null);
          const result = await onSignIn(value);
          setBusy(false);
          if (result) setError(result);
        }}
      >
        <label for="token">{copy.signIn.token}</label>
        <p id="token-hint" class="hint">
          {copy.signIn.tokenHint}
        </p>
        <input
          id="token"
          name="token"
          type="password"
          autoComplete="off"
          spellcheck={false}
          value={token}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'token-hint token-error' : 'token-hint'}
          onInput={(event) => setToken(event.currentTarget.value)}
        />
        {error && (
          <p id="token-error" class="error" role="alert">
            {error === 'wrongToken'
              ? copy.signIn.wrongToken
              : error === 'empty'
                ? copy.signIn.empty
                : copy.signIn.failed}
          </p>
        )}
        <button type="submit" class="button" disabled={busy}>
          {busy ? copy.signIn.checking : copy.signIn.submit}
        </button>
      </form>
    </section>
  );
}
