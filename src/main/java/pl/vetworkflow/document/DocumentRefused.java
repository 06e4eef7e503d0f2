package pl.vetworkflow.document;

/** A file or request about documents is refused: the Polish message says why, and nothing was stored. */
public class DocumentRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DocumentRefused(String message) {
    super(message);
  }
}
