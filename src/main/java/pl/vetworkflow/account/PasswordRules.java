package pl.vetworkflow.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The engine's password policy ({@code enable-password-policy}) in Polish: the rules as the
 * set-password page lists them, and what a refused password breaks.
 */
@Component
public class PasswordRules {
  private final IdentityService identity;

  public PasswordRules(IdentityService identity) {
    this.identity = identity;
  }

  /** The rules of the policy in force, one Polish sentence each; empty without a policy. */
  public List<String> describe() {
    PasswordPolicy policy = identity.getPasswordPolicy();
    List<String> rules = new ArrayList<>();
    if (policy != null) {
      for (PasswordPolicyRule rule : policy.getRules()) {
        rules.add(polish(rule));
      }
    }
    return rules;
  }

  /** What {@code password} breaks for {@code user}, in Polish; empty = acceptable. */
  public List<String> broken(String password, User user) {
    if (identity.getPasswordPolicy() == null) {
      return List.of();
    }
    PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
    return result.getViolatedRules().stream().map(PasswordRules::polish).toList();
  }

  static String polish(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "co najmniej " + count(p.get("minLength"), "znak", "znaki", "znaków");
      case "PASSWORD_POLICY_LOWERCASE" -> "co najmniej " + count(p.get("minLowerCase"), "mała litera", "małe litery", "małych liter");
      case "PASSWORD_POLICY_UPPERCASE" -> "co najmniej " + count(p.get("minUpperCase"), "wielka litera", "wielkie litery", "wielkich liter");
      case "PASSWORD_POLICY_DIGIT" -> "co najmniej " + count(p.get("minDigit"), "cyfra", "cyfry", "cyfr");
      case "PASSWORD_POLICY_SPECIAL" -> "co najmniej " + count(p.get("minSpecial"), "znak specjalny", "znaki specjalne",
          "znaków specjalnych") + ", np. ! ? # % * - _";
      case "PASSWORD_POLICY_USER_DATA" -> "nie może zawierać loginu, imienia, nazwiska ani adresu e-mail";
      default -> "reguła „" + rule.getPlaceholder() + "”";
    };
  }

  /** "1 znak", "2 znaki", "10 znaków" (Polish plural forms). */
  static String count(String value, String one, String few, String many) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException | NullPointerException e) {
      return one;
    }
    String form = n == 1 ? one
        : (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) ? few : many;
    return n + " " + form;
  }
}
