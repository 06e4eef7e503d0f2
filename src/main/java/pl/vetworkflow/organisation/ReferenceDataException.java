package pl.vetworkflow.organisation;

/** A reference-data file that cannot be imported; the message names the file and the line. */
public class ReferenceDataException extends RuntimeException {
  public ReferenceDataException(String message) {
    super(message);
  }

  public ReferenceDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
