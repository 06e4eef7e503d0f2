package pl.vetworkflow.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Our own pages, in Polish, open to everyone (no login): set a password from a one-time link, and ask
 * for such a link ("Nie pamiętasz hasła?"). Opening a link does not use it (mail scanners open
 * links too); sending the form does. Nothing is cached, and the page sends no Referer onwards.
 */
@Controller
public class AccountPages {
  public static final String PASSWORD_PATH = "/account/password";
  public static final String FORGOTTEN_PATH = "/account/forgotten";

  private final PasswordLinks links;
  private final PasswordRules rules;
  private final AccountMails mails;

  public AccountPages(PasswordLinks links, PasswordRules rules, AccountMails mails) {
    this.links = links;
    this.rules = rules;
    this.mails = mails;
  }

  @GetMapping(PASSWORD_PATH)
  public String passwordForm(@RequestParam(name = "token", required = false) String token, Model model,
      HttpServletResponse response) {
    noStore(response);
    PasswordLinks.Link link = links.inspect(token, Instant.now());
    model.addAttribute("state", link.state().name());
    if (link.state() == PasswordLinks.LinkState.USABLE) {
      model.addAttribute("token", token);
      model.addAttribute("userId", link.user().getId());
      model.addAttribute("invitation", link.token().purpose() == AccountTokens.Purpose.INVITATION);
    } else {
      response.setStatus(HttpServletResponse.SC_GONE);
    }
    return page(model);
  }

  @PostMapping(PASSWORD_PATH)
  public String setPassword(@RequestParam(name = "token", required = false) String token,
      @RequestParam(name = "password", required = false) String password,
      @RequestParam(name = "repeated", required = false) String repeated, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    noStore(response);
    PasswordLinks.Result result = links.setPassword(token, password, repeated, request.getRemoteAddr(), Instant.now());
    if (result.done()) {
      model.addAttribute("userId", result.userId());
      model.addAttribute("tasklist", mails.tasklistLink());
      return "account/password-set";
    }
    model.addAttribute("state", result.linkState().name());
    if (result.linkState() == PasswordLinks.LinkState.USABLE) {
      PasswordLinks.Link link = links.inspect(token, Instant.now());
      model.addAttribute("token", token);
      model.addAttribute("userId", result.userId());
      model.addAttribute("invitation", link.token() != null && link.token().purpose() == AccountTokens.Purpose.INVITATION);
      model.addAttribute("problems", result.problems());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    } else {
      response.setStatus(HttpServletResponse.SC_GONE);
    }
    return page(model);
  }

  private String page(Model model) {
    model.addAttribute("rules", rules.describe());
    model.addAttribute("forgotten", FORGOTTEN_PATH);
    return "account/password";
  }

  @GetMapping(FORGOTTEN_PATH)
  public String forgottenForm(HttpServletResponse response) {
    noStore(response);
    return "account/forgotten";
  }

  @PostMapping(FORGOTTEN_PATH)
  public String requestReset(@RequestParam(name = "email", required = false) String email, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    noStore(response);
    PasswordLinks.ResetAnswer answer = links.requestReset(email, request.getRemoteAddr(), Instant.now());
    if (answer == PasswordLinks.ResetAnswer.LIMITED) {
      response.setStatus(429);
      model.addAttribute("limited", true);
    }
    return "account/forgotten-sent";
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
  }
}
