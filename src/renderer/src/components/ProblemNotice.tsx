/** What went wrong, in Vietnamese, announced to screen readers; nothing when all is well. */
export function ProblemNotice({ message }: { message: string | null }) {
  return message ? (
    <p className="notice error" role="alert">
      {message}
    </p>
  ) : null;
}
