package pl.vetworkflow.notification;

/**
 * What one dispatch run did.
 *
 * @param sent accepted by the SMTP server and marked SENT
 * @param retried failed, back to PENDING with back-off
 * @param failed failed for good (last attempt, or a permanent error such as a rejected address)
 * @param released claimed but left for a later run because this run took longer than half the lease
 * @param lostClaims due messages another node claimed first (not counted in {@link #total()})
 * @param serverUnreachable the run stopped because the SMTP server could not be used
 */
public record DispatchResult(int sent, int retried, int failed, int released, int lostClaims,
    boolean serverUnreachable) {
  public static final DispatchResult NOTHING = new DispatchResult(0, 0, 0, 0, 0, false);

  DispatchResult plus(DispatchResult other) {
    return new DispatchResult(sent + other.sent, retried + other.retried, failed + other.failed,
        released + other.released, lostClaims + other.lostClaims, serverUnreachable || other.serverUnreachable);
  }

  public int total() {
    return sent + retried + failed + released;
  }
}
