package pl.vetworkflow.webapp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Completeness of the Polish locale ({@code locales/pl.json}) of the Camunda 7 webapps.
 *
 * <p>For every webapp whose {@code pl.json} exists in the project, the file is compared with the
 * stock English {@code en.json} of the Camunda webjar (loaded from the classpath): same keys,
 * same {{...}} placeholders, hardly any value left in English, and the app's {@code config.js}
 * makes Polish the fallback locale. Tasklist and Welcome must have a Polish locale; the other
 * apps are checked as soon as their {@code pl.json} appears.
 *
 * <p>Plain JUnit, no Spring: run it with {@code mvn test -Dtest=PolishLocaleTest}.
 */
class PolishLocaleTest {

  /** Overrides of the webjar's files live at the same classpath path in the project. */
  private static final Path PROJECT_APP_DIR =
      Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");

  private static final String WEBJAR_APP_RESOURCE = "META-INF/resources/webjars/camunda/app/";

  private static final List<String> APPS = List.of("tasklist", "welcome", "admin", "cockpit");

  private static final Set<String> MANDATORY_APPS = Set.of("tasklist", "welcome");

  /** Largest tolerated share of non-empty values left identical to English. */
  private static final double MAX_UNTRANSLATED_SHARE = 0.05;

  /**
   * Top-level sections that are not UI text: {@code dateLocales} holds moment.js format patterns
   * ("HH:mm", "D MMMM YYYY") and numbers that are legitimately the same in every language. Its
   * keys and placeholders are still checked.
   */
  private static final Set<String> NOT_TEXT_SECTIONS = Set.of("dateLocales");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}", Pattern.DOTALL);

  private static final Pattern HTML_TAG_OR_ENTITY = Pattern.compile("<[^>]*>|&[a-zA-Z]+;|&#\\d+;");

  /**
   * Words that are the same in Polish and English UI text (acronyms, product and type names). A
   * value identical to English that consists only of these, placeholders, markup, digits and
   * punctuation does not count as untranslated.
   */
  private static final Pattern TECHNICAL_TERMS =
      Pattern.compile(
          "\\b(?:BPMN|CMMN|DMN|FEEL|JUEL|ID|IDs|UUID|JSON|XML|HTML|CSV|REST|API|URL|URI|HTTP|HTTPS"
              + "|SQL|Java|JavaScript|Groovy|Python|Camunda|Cockpit|Tasklist|Admin|null|undefined"
              + "|Boolean|Integer|Long|Double|Short|String|Date|Bytes|Object|File|Json|Xml"
              + "|OK|CE|EE)\\b");

  private static final Pattern FALLBACK_PL =
      Pattern.compile("[\"']?fallbackLocale[\"']?\\s*:\\s*[\"']pl[\"']");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  @TestFactory
  Stream<DynamicNode> polishLocaleOfEachWebapp() {
    return APPS.stream().map(app -> DynamicContainer.dynamicContainer(app, testsFor(app)));
  }

  private static Stream<DynamicNode> testsFor(String app) {
    Path plJson = PROJECT_APP_DIR.resolve(app).resolve("locales/pl.json");
    List<DynamicNode> tests = new ArrayList<>();
    if (MANDATORY_APPS.contains(app)) {
      tests.add(
          DynamicTest.dynamicTest(
              "pl.json exists",
              () ->
                  assertTrue(
                      Files.isRegularFile(plJson),
                      "The Polish locale of " + app + " is mandatory but missing: "
                          + plJson.toAbsolutePath())));
    }
    if (!Files.isRegularFile(plJson)) {
      if (!MANDATORY_APPS.contains(app)) {
        tests.add(
            DynamicTest.dynamicTest(
                "pl.json checks",
                () -> Assumptions.abort("no Polish locale for " + app + " yet: " + plJson)));
      }
      return tests.stream();
    }
    tests.add(DynamicTest.dynamicTest("same keys as en.json", () -> sameKeys(app, plJson)));
    tests.add(
        DynamicTest.dynamicTest(
            "every {{...}} placeholder kept", () -> placeholdersKept(app, plJson)));
    tests.add(
        DynamicTest.dynamicTest(
            "values are translated", () -> valuesTranslated(app, plJson)));
    tests.add(
        DynamicTest.dynamicTest(
            "config.js falls back to pl", () -> configFallsBackToPolish(app)));
    return tests.stream();
  }

  // ---------------------------------------------------------------------------------------- checks

  private static void sameKeys(String app, Path plJson) {
    Set<String> en = flatten(stockEnglish(app)).keySet();
    Set<String> pl = flatten(read(plJson)).keySet();
    Set<String> missing = new TreeSet<>(en);
    missing.removeAll(pl);
    Set<String> extra = new TreeSet<>(pl);
    extra.removeAll(en);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      fail(
          app + "/locales/pl.json does not have the keys of the stock en.json."
              + "\n  missing in pl.json (" + missing.size() + "): " + missing
              + "\n  not in en.json (" + extra.size() + "): " + extra);
    }
  }

  private static void placeholdersKept(String app, Path plJson) {
    Map<String, JsonNode> en = flatten(stockEnglish(app));
    Map<String, JsonNode> pl = flatten(read(plJson));
    List<String> problems = new ArrayList<>();
    en.forEach(
        (key, enValue) -> {
          JsonNode plValue = pl.get(key);
          if (!enValue.isTextual() || plValue == null) {
            return; // key differences are reported by sameKeys
          }
          String polish = plValue.isTextual() ? plValue.asText() : plValue.toString();
          Matcher m = PLACEHOLDER.matcher(enValue.asText());
          while (m.find()) {
            if (!polish.contains(m.group())) {
              problems.add(key + ": " + m.group() + " missing in \"" + polish + "\"");
            }
          }
        });
    if (!problems.isEmpty()) {
      fail(
          app + "/locales/pl.json lost " + problems.size() + " placeholder(s):\n  "
              + String.join("\n  ", problems));
    }
  }

  private static void valuesTranslated(String app, Path plJson) {
    Map<String, JsonNode> en = flatten(stockEnglish(app));
    Map<String, JsonNode> pl = flatten(read(plJson));
    int nonEmpty = 0;
    List<String> untranslated = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : en.entrySet()) {
      String key = entry.getKey();
      JsonNode enValue = entry.getValue();
      JsonNode plValue = pl.get(key);
      if (!enValue.isTextual() || enValue.asText().isBlank() || isNotText(key)) {
        continue;
      }
      nonEmpty++;
      if (plValue != null
          && plValue.isTextual()
          && plValue.asText().equals(enValue.asText())
          && !isTechnical(enValue.asText())) {
        untranslated.add(key + " = \"" + enValue.asText() + "\"");
      }
    }
    double share = nonEmpty == 0 ? 0 : (double) untranslated.size() / nonEmpty;
    assertTrue(
        share < MAX_UNTRANSLATED_SHARE,
        String.format(
            "%s/locales/pl.json: %d of %d values (%.1f%%, limit %.0f%%)"
                + " are identical to English:%n  %s",
            app,
            untranslated.size(),
            nonEmpty,
            share * 100,
            MAX_UNTRANSLATED_SHARE * 100,
            String.join("\n  ", untranslated)));
  }

  private static void configFallsBackToPolish(String app) throws IOException {
    Path configJs = PROJECT_APP_DIR.resolve(app).resolve("scripts/config.js");
    assertTrue(
        Files.isRegularFile(configJs),
        app + " has a Polish locale but no " + configJs
            + " that selects it (locales.fallbackLocale: 'pl')");
    String code = withoutComments(Files.readString(configJs, StandardCharsets.UTF_8));
    assertTrue(
        FALLBACK_PL.matcher(code).find(),
        configJs + " does not set locales.fallbackLocale to 'pl' (outside comments)");
  }

  // --------------------------------------------------------------------------------------- helpers

  private static boolean isNotText(String flatKey) {
    String top = flatKey.split("[.\\[]", 2)[0];
    return NOT_TEXT_SECTIONS.contains(top);
  }

  /** True when nothing is left to translate once placeholders, markup and known terms go. */
  private static boolean isTechnical(String value) {
    String rest = PLACEHOLDER.matcher(value).replaceAll(" ");
    rest = HTML_TAG_OR_ENTITY.matcher(rest).replaceAll(" ");
    rest = TECHNICAL_TERMS.matcher(rest).replaceAll(" ");
    return rest.codePoints().noneMatch(Character::isLetter);
  }

  /** Drops block comments and whole-line // comments (config.js keeps its examples as comments). */
  private static String withoutComments(String js) {
    String noBlocks = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(js).replaceAll("");
    return noBlocks
        .lines()
        .filter(line -> !line.stripLeading().startsWith("//"))
        .collect(Collectors.joining("\n"));
  }

  /** Leaf values by path: {@code labels.SAVE}, {@code dateLocales.months[0]}. */
  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten("", root, leaves);
    return Collections.unmodifiableMap(leaves);
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        flatten(key, field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  /** The stock en.json of the Camunda webjar (a jar on the classpath, not a project override). */
  private static JsonNode stockEnglish(String app) {
    String resource = WEBJAR_APP_RESOURCE + app + "/locales/en.json";
    try {
      ClassLoader loader = PolishLocaleTest.class.getClassLoader();
      List<URL> urls = Collections.list(loader.getResources(resource));
      URL url =
          urls.stream()
              .filter(u -> "jar".equals(u.getProtocol()))
              .findFirst()
              .orElse(urls.isEmpty() ? null : urls.get(0));
      assertNotNull(url, "stock " + resource + " not on the classpath (camunda-webapp-webjar)");
      try (InputStream in = url.openStream()) {
        return parse(in.readAllBytes(), url.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path file) {
    try {
      return parse(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stock locale files start with a UTF-8 byte-order mark, which Jackson rejects. */
  private static JsonNode parse(byte[] bytes, String source) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try {
      JsonNode root = JSON.readTree(text);
      assertTrue(root != null && root.isObject(), source + " is not a JSON object");
      return root;
    } catch (IOException e) {
      fail(source + " is not valid JSON: " + e.getMessage());
      return null;
    }
  }
}
