package pl.vetworkflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import pl.vetworkflow.process.ProcessVariable;

/**
 * Every variable of a case has one owner: the {@code *Variables} class of its process (the one whose
 * {@code PROCESS_KEY} is the model's key). Parses every BPMN model in processes/ and every form in
 * forms/ and collects the variable names they use: form field keys, list fields' paths, names in the
 * forms' FEEL (conditions, option and table expressions, {{templates}}); in the models, every name in a
 * {@code ${...}}/{@code #{...}} expression (conditions, delegate expressions' arguments, assignees and
 * candidate groups, due dates, timers, listeners, input/output bodies), input/output parameter names,
 * both sides of a call activity's in/out mappings (the caller owns its side, the called process its
 * own) and the inputs of the decision tables a business rule task evaluates. Then:
 * <ul>
 *   <li>each name used by a process is owned by that process's class;</li>
 *   <li>each name an owner class declares is used: by its process's models or forms, or by main code
 *       through the owner's constant or typed accessor;</li>
 *   <li>a typed accessor ({@link ProcessVariable} field) is named as its variable, next to its name,
 *       and main code uses it;</li>
 *   <li>no main code casts what it reads from a variable scope or a case's current variables;</li>
 *   <li>no feature's main code uses another feature's {@code *Variables} class (the neutral owner in
 *       {@code pl.vetworkflow.process} excepted); tests may.</li>
 * </ul>
 *
 * <p>What is not a variable in an expression: a Spring bean (the names of the application's beans,
 * read from their {@code @Component} / {@code @Bean} declarations as the context names them, e.g.
 * {@code ${sendOverdueReminders}}, {@code ${courseDates.startOf(...)}}), the engine's own names
 * ({@code execution}, {@code task}, {@code decisionResult}, ...), a property or method after a dot, a
 * function call, a keyword, a string literal; in FEEL also a loop variable and form-js's row context
 * ({@code this}, {@code parent}, {@code i}). No variable may be named like a bean: the engine resolves a
 * name to a variable first, so such a variable would hide the bean (and this test would take it for
 * the bean).
 *
 * <p>Which String constants of an owner name variables: those whose value is a lowerCamel identifier
 * and not a model's key ({@code PROCESS_KEY = "course"}); decision values are upper case.
 */
class ProcessVariablesOwnershipTest {
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String BASE_PACKAGE = "pl.vetworkflow";
  private static final String NEUTRAL_PACKAGE = "process";
  private static final Path MAIN_SOURCES = Path.of("src/main/java");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{(.*?)}", Pattern.DOTALL);
  private static final Pattern GET_VARIABLE = Pattern.compile("getVariable(?:Local|Typed)?\\(\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern VARIABLE_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
  private static final Set<String> EL_WORDS = Set.of("and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div",
      "mod", "empty", "true", "false", "null", "instanceof");
  /** What the engine itself puts into an expression's context. */
  private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "caseExecution", "externalTask",
      "decisionResult", "authenticatedUserId", "variableScope");
  private static final Set<String> FEEL_WORDS = Set.of("if", "then", "else", "for", "in", "return", "and", "or",
      "not", "null", "true", "false", "some", "every", "satisfies", "between", "instance", "of", "function");
  /** form-js's names in a row of a list (and its parent context). */
  private static final Set<String> FORM_CONTEXT = Set.of("this", "parent", "_this_", "_parent_", "i");

  /** Process key → variable name → where it is used. */
  private static final Map<String, Map<String, Set<String>>> USED = new TreeMap<>();
  private static final Map<String, Owner> OWNERS = new TreeMap<>();
  private static final Set<String> MODEL_KEYS = new TreeSet<>();
  private static final Set<String> BEANS = new TreeSet<>();
  private static final Map<String, Element> DECISIONS = new TreeMap<>();
  private static final Map<String, Set<String>> FORMS_BY_PROCESS = new TreeMap<>();
  private static final Map<String, JsonNode> FORMS = new TreeMap<>();
  private static final List<String> STRUCTURE = new ArrayList<>();

  /** A {@code *Variables} class: its names by field, and the process it owns (null for a neutral one). */
  record Owner(Class<?> type, String processKey, Map<String, String> names, Map<String, ProcessVariable<?>> typed) {
    String feature() {
      return featureOf(type.getPackageName());
    }
  }

  @BeforeAll
  static void collect() throws Exception {
    BEANS.addAll(beanNames());
    for (Path file : files("processes", ".dmn")) {
      Document dmn = parse(file);
      NodeList decisions = dmn.getElementsByTagNameNS(DMN, "decision");
      for (int i = 0; i < decisions.getLength(); i++) {
        Element decision = (Element) decisions.item(i);
        DECISIONS.put(decision.getAttribute("id"), decision);
        MODEL_KEYS.add(decision.getAttribute("id"));
      }
    }
    List<Document> models = new ArrayList<>();
    for (Path file : files("processes", ".bpmn")) {
      Document model = parse(file);
      models.add(model);
      for (Element process : children(model.getDocumentElement(), BPMN, "process")) {
        MODEL_KEYS.add(process.getAttribute("id"));
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (Path file : files("forms", ".form")) {
      FORMS.put(file.getFileName().toString().replace(".form", ""), json.readTree(file.toFile()));
    }
    for (Class<?> type : variablesClasses()) {
      Owner owner = owner(type);
      OWNERS.put(type.getSimpleName(), owner);
    }
    for (Document model : models) {
      for (Element process : children(model.getDocumentElement(), BPMN, "process")) {
        collectProcess(process);
      }
    }
    FORMS_BY_PROCESS.forEach((key, forms) -> forms.forEach(formId -> {
      JsonNode form = FORMS.get(formId);
      if (form == null) {
        STRUCTURE.add(key + ": form '" + formId + "' is not in forms/");
      } else {
        collectForm(key, formId, form, false);
      }
    }));
    Set<String> referenced = new TreeSet<>();
    FORMS_BY_PROCESS.values().forEach(referenced::addAll);
    FORMS.keySet().stream().filter(id -> !referenced.contains(id))
        .forEach(id -> STRUCTURE.add("form '" + id + "' is used by no process: its fields have no owner"));
  }

  @Test
  void everyVariableOfAModelOrAFormHasAnOwner() {
    List<String> problems = new ArrayList<>(STRUCTURE);
    Map<String, Owner> byProcess = processOwners();
    int names = 0;
    for (Map.Entry<String, Map<String, Set<String>>> process : USED.entrySet()) {
      Owner owner = byProcess.get(process.getKey());
      if (owner == null) {
        problems.add("process '" + process.getKey() + "' has no owner class (a *Variables class with PROCESS_KEY = \""
            + process.getKey() + "\")");
        continue;
      }
      Set<String> owned = Set.copyOf(owner.names().values());
      for (Map.Entry<String, Set<String>> name : process.getValue().entrySet()) {
        names++;
        if (!owned.contains(name.getKey())) {
          problems.add(owner.type().getSimpleName() + " does not own '" + name.getKey() + "', used by "
              + process.getKey() + " in " + name.getValue());
        }
      }
    }
    for (Owner owner : OWNERS.values()) {
      owner.names().forEach((field, name) -> {
        if (BEANS.contains(name)) {
          problems.add(owner.type().getSimpleName() + "." + field + ": variable '" + name + "' is named like a Spring bean");
        }
      });
    }
    assertThat(USED.keySet()).as("processes").hasSizeGreaterThanOrEqualTo(6);
    assertThat(names).as("variable names used by the models and forms").isGreaterThan(200);
    assertThat(problems).as("variables without an owner").isEmpty();
  }

  @Test
  void everyOwnedNameIsUsedByItsProcessOrTheCode() throws IOException {
    Map<String, Set<String>> usedByCode = fieldsUsedByMainCode();
    Set<String> usedByAnyProcess = new TreeSet<>();
    USED.values().forEach(m -> usedByAnyProcess.addAll(m.keySet()));
    List<String> unused = new ArrayList<>();
    for (Owner owner : OWNERS.values()) {
      Set<String> usedByProcess = owner.processKey() == null ? usedByAnyProcess
          : USED.getOrDefault(owner.processKey(), Map.of()).keySet();
      Set<String> byCode = new TreeSet<>();
      Set<String> fields = usedByCode.getOrDefault(owner.type().getSimpleName(), Set.of());
      owner.names().forEach((field, name) -> {
        if (fields.contains(field)) {
          byCode.add(name);
        }
      });
      owner.typed().forEach((field, variable) -> {
        if (fields.contains(field)) {
          byCode.add(variable.name());
        }
      });
      owner.names().forEach((field, name) -> {
        if (!usedByProcess.contains(name) && !byCode.contains(name)) {
          unused.add(owner.type().getSimpleName() + "." + field + " = \"" + name + "\"");
        }
      });
    }
    assertThat(OWNERS).as("owner classes").hasSizeGreaterThanOrEqualTo(8);
    assertThat(unused).as("owned names that no model, form or main code uses").isEmpty();
  }

  @Test
  void typedAccessorsAreNamedAsTheirVariablesNextToTheirNamesAndUsed() throws IOException {
    Map<String, Set<String>> usedByCode = fieldsUsedByMainCode();
    List<String> problems = new ArrayList<>();
    int typed = 0;
    for (Owner owner : OWNERS.values()) {
      Set<String> names = Set.copyOf(owner.names().values());
      for (Map.Entry<String, ProcessVariable<?>> accessor : owner.typed().entrySet()) {
        typed++;
        String where = owner.type().getSimpleName() + "." + accessor.getKey();
        if (!accessor.getKey().equals(accessor.getValue().name())) {
          problems.add(where + " reads and writes '" + accessor.getValue().name() + "': name it as its variable");
        }
        if (!names.contains(accessor.getValue().name())) {
          problems.add(where + ": no String constant names '" + accessor.getValue().name() + "' in the same class");
        }
        if (!usedByCode.getOrDefault(owner.type().getSimpleName(), Set.of()).contains(accessor.getKey())) {
          problems.add(where + ": no main code reads or writes through it (declare accessors the code uses)");
        }
      }
    }
    assertThat(typed).as("typed accessors").isGreaterThan(80);
    assertThat(problems).as("typed accessors not named as their variables, without a name or unused").isEmpty();
  }

  @Test
  void noFeatureUsesAnotherFeaturesVariables() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : mainSources()) {
      String feature = featureOf(packageOf(file));
      String code = withoutComments(Files.readString(file));
      for (Owner owner : OWNERS.values()) {
        String qualified = owner.type().getName();
        if (owner.feature().equals(feature) || owner.feature().equals(NEUTRAL_PACKAGE)) {
          continue;
        }
        boolean wildcard = code.contains("import " + owner.type().getPackageName() + ".*;")
            && Pattern.compile("\\b" + owner.type().getSimpleName() + "\\b").matcher(code).find();
        if (code.contains(qualified) || wildcard) {
          problems.add(MAIN_SOURCES.relativize(file) + " (" + feature + ") uses " + qualified);
        }
      }
    }
    assertThat(problems).as("features using another feature's variables").isEmpty();
  }

  @Test
  void noMainCodeCastsAVariableItReads() throws IOException {
    Pattern castRead = Pattern.compile("\\(\\s*[A-Z][\\w.]*(?:<[^()]*>)?\\s*\\)\\s*\\(?\\s*[\\w.]*"
        + "(?:\\.getVariable\\w*|\\.current\\(\\)\\.get|\\.getValue)\\s*\\(");
    List<String> casts = new ArrayList<>();
    for (Path file : mainSources()) {
      String[] lines = withoutComments(Files.readString(file)).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (castRead.matcher(lines[i]).find()) {
          casts.add(MAIN_SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertThat(casts).as("casts of read variables: use the owner class's typed accessor (ProcessVariable)").isEmpty();
  }

  // ---------------------------------------------------------------------------------------- models

  private static void collectProcess(Element process) {
    String key = process.getAttribute("id");
    USED.computeIfAbsent(key, k -> new TreeMap<>());
    FORMS_BY_PROCESS.computeIfAbsent(key, k -> new TreeSet<>());
    walk(process, key, key);
  }

  /** {@code scopeKey}: the process whose variables the element's expressions read. */
  private static void walk(Element element, String processKey, String scopeKey) {
    String where = where(element);
    String local = element.getLocalName();
    boolean camunda = CAMUNDA.equals(element.getNamespaceURI());
    if (camunda && (local.equals("in") || local.equals("out"))) {
      mapping(element, processKey);
      return;
    }
    for (int i = 0; i < element.getAttributes().getLength(); i++) {
      Node attribute = element.getAttributes().item(i);
      String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
      if (CAMUNDA.equals(attribute.getNamespaceURI())) {
        switch (name) {
          case "formRef" -> FORMS_BY_PROCESS.get(processKey).add(attribute.getNodeValue());
          case "resultVariable", "elementVariable" -> use(scopeKey, attribute.getNodeValue(), where + "@" + name);
          case "decisionRef" -> decisionInputs(attribute.getNodeValue(), scopeKey, where);
          default -> { }
        }
      }
      expressions(attribute.getNodeValue(), scopeKey, where + "@" + name);
    }
    if (camunda && (local.equals("inputParameter") || local.equals("outputParameter"))) {
      use(scopeKey, element.getAttribute("name"), where + " " + local);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        walk(e, processKey, scopeKey);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        expressions(child.getNodeValue(), scopeKey, where);
      }
    }
  }

  /**
   * {@code camunda:in}: source (or sourceExpression) in the caller, target in the called process;
   * {@code camunda:out}: the other way round.
   */
  private static void mapping(Element mapping, String callerKey) {
    Element callActivity = (Element) mapping.getParentNode().getParentNode();
    String calledKey = callActivity.getAttributeNS(CAMUNDA, "calledElement").isEmpty()
        ? callActivity.getAttribute("calledElement") : callActivity.getAttributeNS(CAMUNDA, "calledElement");
    boolean in = mapping.getLocalName().equals("in");
    String sourceKey = in ? callerKey : calledKey;
    String targetKey = in ? calledKey : callerKey;
    String where = where(callActivity) + " camunda:" + mapping.getLocalName();
    if (!mapping.getAttribute("variables").isEmpty()) {
      STRUCTURE.add(where + ": variables=\"" + mapping.getAttribute("variables")
          + "\" passes unnamed variables; map each variable by name");
    }
    use(sourceKey, mapping.getAttribute("source"), where + "@source");
    expressions(mapping.getAttribute("sourceExpression"), sourceKey, where + "@sourceExpression");
    use(targetKey, mapping.getAttribute("target"), where + "@target");
    expressions(mapping.getAttribute("businessKey"), callerKey, where + "@businessKey");
  }

  private static void decisionInputs(String decisionId, String processKey, String where) {
    Element decision = DECISIONS.get(decisionId);
    if (decision == null) {
      STRUCTURE.add(where + ": decision '" + decisionId + "' is not in processes/");
      return;
    }
    NodeList inputs = decision.getElementsByTagNameNS(DMN, "inputExpression");
    for (int i = 0; i < inputs.getLength(); i++) {
      Element input = (Element) inputs.item(i);
      feel(input.getTextContent(), processKey, "decision " + decisionId + " input " + input.getAttribute("id"));
    }
  }

  /** The variables named in the {@code ${...}} / {@code #{...}} expressions of {@code text} (JUEL). */
  private static void expressions(String text, String processKey, String where) {
    if (text == null || text.isEmpty()) {
      return;
    }
    Matcher m = EXPRESSION.matcher(text);
    while (m.find()) {
      String expression = m.group(1);
      Matcher getVariable = GET_VARIABLE.matcher(expression);
      while (getVariable.find()) {
        use(processKey, getVariable.group(1), where);
      }
      for (String name : identifiers(expression, EL_WORDS, Set.of())) {
        if (!ENGINE_NAMES.contains(name) && !BEANS.contains(name)) {
          use(processKey, name, where);
        }
      }
    }
  }

  // ----------------------------------------------------------------------------------------- forms

  private static void collectForm(String processKey, String formId, JsonNode component, boolean inList) {
    String where = "form " + formId;
    String type = component.path("type").asText();
    if (!inList) {
      text(component, "key").ifPresent(key -> use(processKey, key, where + " field"));
      text(component, "path").ifPresent(path -> use(processKey, path, where + " " + type));
      text(component, "valuesKey").ifPresent(key -> use(processKey, key, where + " options"));
    }
    feelIn(component, processKey, where);
    boolean list = inList || "dynamiclist".equals(type);
    for (JsonNode child : component.path("components")) {
      collectForm(processKey, formId, child, list);
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText()) : Optional.empty();
  }

  /** FEEL ("=..." values) and {{templates}} anywhere in a component's own properties. */
  private static void feelIn(JsonNode node, String processKey, String where) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("components")) {
        continue;
      }
      JsonNode value = field.getValue();
      if (value.isTextual()) {
        String s = value.asText();
        if (s.startsWith("=")) {
          feel(s.substring(1), processKey, where + " " + field.getKey());
        }
        Matcher template = TEMPLATE.matcher(s);
        while (template.find()) {
          feel(template.group(1), processKey, where + " " + field.getKey());
        }
      } else if (value.isObject()) {
        feelIn(value, processKey, where);
      }
    }
  }

  private static void feel(String expression, String processKey, String where) {
    Set<String> loopVariables = new TreeSet<>();
    Matcher loop = Pattern.compile("\\b(?:for|some|every)\\s+([A-Za-z_][A-Za-z0-9_]*)").matcher(expression);
    while (loop.find()) {
      loopVariables.add(loop.group(1));
    }
    for (String name : identifiers(expression, FEEL_WORDS, loopVariables)) {
      if (!FORM_CONTEXT.contains(name)) {
        use(processKey, name, where);
      }
    }
  }

  /**
   * Names that stand alone in an expression: not in a string literal, not a property or method after a
   * dot, not a function call, not a context key ({@code {label: ...}}), not a keyword.
   */
  private static Set<String> identifiers(String expression, Set<String> keywords, Set<String> excluded) {
    String code = expression.replaceAll("'(?:[^'\\\\]|\\\\.)*'", "''").replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    Set<String> names = new TreeSet<>();
    Matcher m = IDENTIFIER.matcher(code);
    while (m.find()) {
      String name = m.group();
      String before = code.substring(0, m.start()).stripTrailing();
      String after = code.substring(m.end()).stripLeading();
      boolean member = before.endsWith(".") && !before.endsWith("..");
      boolean call = after.startsWith("(");
      boolean contextKey = after.startsWith(":") && (before.endsWith("{") || before.endsWith(","));
      if (!member && !call && !contextKey && !keywords.contains(name) && !excluded.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private static void use(String processKey, String name, String where) {
    if (processKey == null || processKey.isEmpty() || name == null || name.isEmpty()) {
      return;
    }
    USED.computeIfAbsent(processKey, k -> new TreeMap<>()).computeIfAbsent(name, k -> new TreeSet<>()).add(where);
  }

  private static String where(Element element) {
    for (Node n = element; n != null; n = n.getParentNode()) {
      if (n instanceof Element e && !e.getAttribute("id").isEmpty()) {
        return e.getAttribute("id");
      }
    }
    return element.getLocalName();
  }

  // ---------------------------------------------------------------------------------------- owners

  private static Owner owner(Class<?> type) throws IllegalAccessException {
    String processKey = null;
    Map<String, String> constants = new LinkedHashMap<>();
    Map<String, ProcessVariable<?>> typed = new LinkedHashMap<>();
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers)) {
        continue;
      }
      field.setAccessible(true);
      Object value = field.get(null);
      if (field.getName().equals("PROCESS_KEY")) {
        processKey = (String) value;
      } else if (value instanceof String name) {
        constants.put(field.getName(), name);
      } else if (value instanceof ProcessVariable<?> variable) {
        typed.put(field.getName(), variable);
      }
    }
    Map<String, String> names = new LinkedHashMap<>();
    constants.forEach((field, value) -> {
      if (VARIABLE_NAME.matcher(value).matches() && !MODEL_KEYS.contains(value)) {
        names.put(field, value);
      }
    });
    return new Owner(type, processKey, names, typed);
  }

  private static Map<String, Owner> processOwners() {
    Map<String, Owner> byProcess = new TreeMap<>();
    for (Owner owner : OWNERS.values()) {
      if (owner.processKey() != null) {
        Owner other = byProcess.put(owner.processKey(), owner);
        assertThat(other).as("two owners of " + owner.processKey()).isNull();
        assertThat(MODEL_KEYS).as(owner.type().getSimpleName() + ".PROCESS_KEY").contains(owner.processKey());
      }
    }
    return byProcess;
  }

  private static List<Class<?>> variablesClasses() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Variables")));
    List<Class<?>> types = new ArrayList<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      if (isMain(candidate.getBeanClassName())) {
        types.add(Class.forName(candidate.getBeanClassName()));
      }
    }
    return types;
  }

  /** The application's Spring beans as the context names them: scanned components and @Bean methods. */
  private static Set<String> beanNames() throws ClassNotFoundException {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    Set<String> names = new TreeSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      if (!isMain(candidate.getBeanClassName())) {
        continue; // a test's own beans are not in the application the models run in
      }
      names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry));
      if (candidate instanceof AnnotatedBeanDefinition annotated) {
        Class<?> type = Class.forName(annotated.getMetadata().getClassName());
        for (Method method : type.getDeclaredMethods()) {
          // merged: @Bean("x") sets value, an alias of name
          Bean bean = org.springframework.core.annotation.AnnotatedElementUtils.findMergedAnnotation(method, Bean.class);
          if (bean != null) {
            names.addAll(bean.name().length > 0 ? List.of(bean.name()) : List.of(method.getName()));
          }
        }
      }
    }
    assertThat(names).as("bean names").contains("sendOverdueReminders", "courseDates");
    return names;
  }

  // ------------------------------------------------------------------------------------- main code

  /** Whether a (top-level) class is main code, not a test's. */
  private static boolean isMain(String className) {
    String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
    return Files.exists(MAIN_SOURCES.resolve(topLevel.replace('.', '/') + ".java"));
  }

  /**
   * Owner class → its fields (name constants and typed accessors) that main code outside the class
   * refers to: {@code Owner.FIELD}, or {@code FIELD} in a file that imports it statically.
   */
  private static Map<String, Set<String>> fieldsUsedByMainCode() throws IOException {
    Map<String, Set<String>> used = new TreeMap<>();
    Pattern staticImport = Pattern.compile("import\\s+static\\s+[\\w.]+\\.(\\w+Variables)\\.(\\*|\\w+)\\s*;");
    Pattern qualifiedUse = Pattern.compile("\\b(\\w+Variables)\\s*\\.\\s*(\\w+)\\b");
    for (Path file : mainSources()) {
      String source = Files.readString(file);
      String self = file.getFileName().toString().replace(".java", "");
      Map<String, Set<String>> imported = new TreeMap<>();
      Matcher imports = staticImport.matcher(source);
      while (imports.find()) {
        imported.computeIfAbsent(imports.group(1), k -> new TreeSet<>()).add(imports.group(2));
      }
      String code = withoutStrings(withoutComments(source)).replaceAll("(?m)^import .*$", "");
      Set<String> tokens = new TreeSet<>();
      Matcher token = IDENTIFIER.matcher(code);
      while (token.find()) {
        tokens.add(token.group());
      }
      Set<String> qualifiedUses = new TreeSet<>();
      Matcher qualified = qualifiedUse.matcher(code);
      while (qualified.find()) {
        qualifiedUses.add(qualified.group(1) + "." + qualified.group(2));
      }
      for (Owner owner : OWNERS.values()) {
        String simpleName = owner.type().getSimpleName();
        if (simpleName.equals(self)) {
          continue;
        }
        Set<String> fromImport = imported.getOrDefault(simpleName, Set.of());
        Set<String> fields = new TreeSet<>(owner.names().keySet());
        fields.addAll(owner.typed().keySet());
        for (String field : fields) {
          boolean byQualifiedName = qualifiedUses.contains(simpleName + "." + field);
          boolean bySimpleName = (fromImport.contains("*") || fromImport.contains(field)) && tokens.contains(field);
          if (byQualifiedName || bySimpleName) {
            used.computeIfAbsent(simpleName, k -> new TreeSet<>()).add(field);
          }
        }
      }
    }
    return used;
  }

  private static List<Path> mainSources() throws IOException {
    try (Stream<Path> paths = Files.walk(MAIN_SOURCES)) {
      return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String packageOf(Path file) {
    return MAIN_SOURCES.relativize(file.getParent()).toString().replace('/', '.');
  }

  /** The feature of a package: the first segment below pl.vetworkflow. */
  private static String featureOf(String packageName) {
    String below = packageName.startsWith(BASE_PACKAGE + ".") ? packageName.substring(BASE_PACKAGE.length() + 1) : "";
    int dot = below.indexOf('.');
    return dot < 0 ? below : below.substring(0, dot);
  }

  /** The source with comments blanked out (line breaks kept, so line numbers stay). */
  private static String withoutComments(String source) {
    return Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*").matcher(source)
        .replaceAll(comment -> comment.group().replaceAll("[^\\n]", " "));
  }

  private static String withoutStrings(String source) {
    return source.replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"");
  }

  // ---------------------------------------------------------------------------------------- helpers

  private static List<Path> files(String dir, String extension) throws IOException {
    try (Stream<Path> paths = Files.list(Path.of(dir))) {
      return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> elements = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
        elements.add(e);
      }
    }
    return elements;
  }
}
