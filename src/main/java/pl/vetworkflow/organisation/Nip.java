package pl.vetworkflow.organisation;

/** Polish tax identification number (NIP): 10 digits, the last a weighted mod-11 checksum. */
public final class Nip {
  private static final int[] WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

  private Nip() {}

  /** Strips the usual separators ("123-456-78-90") and returns the 10 digits, or throws with the reason. */
  public static String normalize(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("NIP is empty");
    }
    String digits = text.replace("-", "").replace(" ", "");
    if (!digits.matches("\\d{10}")) {
      throw new IllegalArgumentException("NIP '" + text + "' must have 10 digits");
    }
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i] * (digits.charAt(i) - '0');
    }
    int check = sum % 11;
    if (check == 10 || check != digits.charAt(9) - '0') {
      throw new IllegalArgumentException("NIP '" + text + "' has a wrong check digit");
    }
    return digits;
  }

  public static boolean isValid(String text) {
    try {
      normalize(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
