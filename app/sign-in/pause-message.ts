import type { SignInPause } from "@/lib/auth/credentials";

function wait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** What the sign-in form says when an attempt was refused before the password was checked. */
export function pauseMessage(pause: SignInPause | null): string {
  if (!pause) return "Too many sign-in attempts. Please wait a minute and try again.";
  const w = wait(pause.retryAfterSeconds);
  switch (pause.kind) {
    case "throttled":
      return `Too many wrong passwords for this e-mail from here. Wait ${w} before trying again; each further wrong password makes the wait longer. Signing in from a browser you used before is not affected.`;
    case "address":
      return `Too many sign-in attempts from your network. Please try again in ${w}.`;
    case "busy":
      return `Sign-in is receiving unusually many attempts right now, so it is paused for everyone for a moment. Please try again in ${w}.`;
  }
}
