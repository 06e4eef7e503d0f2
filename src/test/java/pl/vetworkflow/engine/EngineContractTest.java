package pl.vetworkflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import pl.vetworkflow.engine.tasklist.GlobalGrantAwareAuthorizationManager;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the application relies on inside the engine and the webapps, beyond their public API. After
 * an engine upgrade this test names what changed; the classes that rely on it must then be adapted
 * (or, better, moved to a public API). Plain JUnit on the classpath: no engine is started.
 */
class EngineContractTest {
  /** A private field read (or written) by reflection: who uses it, for what. */
  record ReflectedField(Class<?> owner, String name, Class<?> type, String usedBy) {}

  static final List<ReflectedField> REFLECTED_FIELDS = List.of(
      new ReflectedField(TaskEntity.class, "variableStore", VariableStore.class,
          "engine.NewTasks (casework.TaskCards, notification.TaskNotifier): a new task's variables are known to be empty (no query)"),
      new ReflectedField(AbstractExecuteFilterCmd.class, "extendingQuery", Object.class,
          "engine.hardening.QueryExpressionGuard (expressions of a running filter), engine.tasklist.TaskSearch (search by case)"),
      new ReflectedField(AbstractExecuteFilterCmd.class, "filterId", String.class,
          "engine.hardening.QueryExpressionGuard: the stored query of a running filter"),
      new ReflectedField(SaveFilterCmd.class, "filter", Filter.class,
          "engine.hardening.QueryExpressionGuard: expressions of a filter being saved"),
      new ReflectedField(TaskQueryImpl.class, "nameLike", String.class,
          "engine.tasklist.TaskSearch: Tasklist's free-text search moves into an 'or' over the card"),
      new ReflectedField(CompleteTaskCmd.class, "taskId", String.class, "engine.submissions.SubmissionGuard"),
      new ReflectedField(CompleteTaskCmd.class, "variables", Map.class,
          "engine.submissions.SubmissionGuard: read, checked, replaced by the normalised values"),
      new ReflectedField(SubmitTaskFormCmd.class, "taskId", String.class, "engine.submissions.SubmissionGuard"),
      new ReflectedField(SubmitTaskFormCmd.class, "properties", Map.class, "engine.submissions.SubmissionGuard"),
      new ReflectedField(StartProcessInstanceCmd.class, "instantiationBuilder", ProcessInstantiationBuilderImpl.class,
          "engine.submissions.SubmissionGuard"),
      new ReflectedField(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder",
          ProcessInstantiationBuilderImpl.class, "engine.submissions.SubmissionGuard: start instructions refused"),
      new ReflectedField(ProcessInstanceModificationBuilderImpl.class, "processVariables", Map.class,
          "engine.submissions.SubmissionGuard: the variables of a REST/Java start"),
      new ReflectedField(SubmitStartFormCmd.class, "processDefinitionId", String.class, "engine.submissions.SubmissionGuard"),
      new ReflectedField(SubmitStartFormCmd.class, "variables", Map.class, "engine.submissions.SubmissionGuard"),
      new ReflectedField(ClaimTaskCmd.class, "taskId", String.class, "engine.claims.ClaimGuard"),
      new ReflectedField(ClaimTaskCmd.class, "userId", String.class, "engine.claims.ClaimGuard"),
      new ReflectedField(AssignTaskCmd.class, "taskId", String.class, "engine.claims.ClaimGuard"),
      new ReflectedField(AssignTaskCmd.class, "userId", String.class, "engine.claims.ClaimGuard"));

  /** The engine's task query mapping, rebuilt by {@code engine.tasklist.TaskQueryRewrite}. */
  static final String TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String AUTH = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.";

  /**
   * Every class of the engine's and the webapps' {@code impl} packages the main code uses (by
   * bytecode). A new use must be added here and to the package it belongs in ({@code engine}).
   */
  static final Set<String> INTERNAL_CLASSES = new TreeSet<>(List.of(
      "org.camunda.bpm.engine.impl.IdentityServiceImpl",
      "org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl",
      "org.camunda.bpm.engine.impl.TaskQueryImpl",
      "org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior",
      "org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener",
      "org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin",
      "org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl",
      "org.camunda.bpm.engine.impl.cfg.TransactionContext",
      "org.camunda.bpm.engine.impl.cfg.TransactionState",
      "org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider",
      "org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd",
      "org.camunda.bpm.engine.impl.cmd.AssignTaskCmd",
      "org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd",
      "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd",
      "org.camunda.bpm.engine.impl.cmd.SaveFilterCmd",
      "org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd",
      "org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd",
      "org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd",
      "org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd",
      "org.camunda.bpm.engine.impl.context.Context",
      "org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider",
      "org.camunda.bpm.engine.impl.core.variable.scope.VariableStore",
      "org.camunda.bpm.engine.impl.db.AuthorizationCheck",
      "org.camunda.bpm.engine.impl.db.CompositePermissionCheck",
      "org.camunda.bpm.engine.impl.db.DbEntity",
      "org.camunda.bpm.engine.impl.db.ListQueryParameterObject",
      "org.camunda.bpm.engine.impl.db.PermissionCheck",
      "org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager",
      "org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache",
      "org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation",
      "org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory",
      "org.camunda.bpm.engine.impl.identity.Authentication",
      "org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider",
      "org.camunda.bpm.engine.impl.interceptor.Command",
      "org.camunda.bpm.engine.impl.interceptor.CommandContext",
      "org.camunda.bpm.engine.impl.interceptor.CommandContextListener",
      "org.camunda.bpm.engine.impl.interceptor.CommandExecutor",
      "org.camunda.bpm.engine.impl.interceptor.CommandInterceptor",
      "org.camunda.bpm.engine.impl.interceptor.Session",
      "org.camunda.bpm.engine.impl.interceptor.SessionFactory",
      "org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache",
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity",
      "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager",
      "org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity",
      "org.camunda.bpm.engine.impl.persistence.entity.FilterManager",
      "org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity",
      "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity",
      "org.camunda.bpm.engine.impl.persistence.entity.TaskManager",
      "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity",
      "org.camunda.bpm.engine.impl.pvm.process.ActivityImpl",
      "org.camunda.bpm.engine.impl.pvm.process.ScopeImpl",
      "org.camunda.bpm.engine.impl.task.TaskDefinition",
      "org.camunda.bpm.engine.impl.util.ClockUtil",
      "org.camunda.bpm.engine.impl.util.xml.Element",
      "org.camunda.bpm.webapp.impl.engine.EngineRestApplication",
      "org.camunda.bpm.webapp.impl.security.auth.Authentication",
      "org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil",
      "org.camunda.bpm.webapp.impl.security.auth.Authentications"
  ));

  @Test
  void everyReflectedFieldIsThereWithItsType() {
    List<String> changed = new ArrayList<>();
    for (ReflectedField f : REFLECTED_FIELDS) {
      Field field = find(f.owner(), f.name());
      if (field == null) {
        changed.add(f.owner().getName() + "." + f.name() + " is gone (used by " + f.usedBy() + ")");
      } else if (!f.type().isAssignableFrom(field.getType())) {
        changed.add(f.owner().getName() + "." + f.name() + " is now a " + field.getType().getName() + ", not a "
            + f.type().getName() + " (used by " + f.usedBy() + ")");
      }
    }
    assertThat(changed).as("Camunda engine changed: reflected fields").isEmpty();
  }

  @Test
  void theTaskQueryStatementsHaveTheShapeTheRewriteExpects() throws Exception {
    Document task = parse(TASK_MAPPING);
    List<String> changed = new ArrayList<>();
    Element criteria = byId(task, "sql", "selectTaskByQueryCriteriaSql", changed);
    byId(task, "sql", "columnSelection", changed);
    Element list = byId(task, "select", "selectTaskByQueryCriteria", changed);
    byId(task, "select", "selectTaskCountByQueryCriteria", changed);
    if (list != null && list.getAttribute("resultMap").isBlank()) {
      changed.add("selectTaskByQueryCriteria has no resultMap");
    }
    if (criteria != null) {
      for (String include : List.of(AUTH + "authCheckJoinWithoutOnClause", AUTH + "contextualAuthorizationCheck")) {
        if (!includes(criteria).contains(include)) {
          changed.add("selectTaskByQueryCriteriaSql no longer includes " + include);
        }
      }
      if (!criteria.getTextContent().contains("AUTH ON")) {
        changed.add("selectTaskByQueryCriteriaSql no longer joins the authorizations as AUTH ON (...)");
      }
    }
    assertThat(changed).as("Camunda engine changed: " + TASK_MAPPING
        + " (engine.tasklist.TaskQueryRewrite installs nothing and logs a warning; see ADR 5)").isEmpty();
  }

  /**
   * Every way the engine writes an authorization goes through these methods of its authorization
   * manager, which engine.tasklist.GlobalGrantAwareAuthorizationManager overrides to clear the users'
   * cached standing grants (ADR 20). A new writer in an engine upgrade would go past the cache.
   */
  @Test
  void theAuthorizationManagersWritersAreTheOnesThatClearTheStandingGrants() {
    Set<String> writers = new TreeSet<>();
    for (Method method : AuthorizationManager.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && method.getName().matches("(insert|update|delete|save|add|remove).*")
          && !method.getName().startsWith("addRemovalTime")) {
        writers.add(method.getName());
      }
    }
    Set<String> overridden = new TreeSet<>();
    for (Method method : GlobalGrantAwareAuthorizationManager.class.getDeclaredMethods()) {
      overridden.add(method.getName());
    }
    Set<String> missed = new TreeSet<>(writers);
    missed.removeAll(overridden);
    assertThat(missed).as("Camunda engine changed: AuthorizationManager writes authorizations through methods "
        + "GlobalGrantAwareAuthorizationManager does not override (its standing-grants cache would miss them)")
        .isEmpty();
    assertThat(writers).contains("insert", "update", "delete", "deleteAuthorizationsByResourceId");
  }

  @Test
  void theWebappStarterRegistersItsEngineApiUnderTheNameWeReplace() throws IOException {
    String initializer = "org/camunda/bpm/spring/boot/starter/webapp/CamundaBpmWebappInitializer.class";
    String bytes;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(initializer)) {
      assertThat(in).as(initializer).isNotNull();
      bytes = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    assertThat(bytes).as("validation.FormValidationExceptionMapper replaces the webapps' servlet 'Engine Api'"
        + " (application org.camunda.bpm.webapp.impl.engine.EngineRestApplication): the starter changed")
        .contains("Engine Api", "org/camunda/bpm/webapp/impl/engine/EngineRestApplication");
  }

  @Test
  void theInternalClassesUsedAreTheListedOnes() {
    JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("pl.vetworkflow");
    Set<String> used = new TreeSet<>();
    for (JavaClass type : main) {
      for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
        JavaClass target = dependency.getTargetClass().getBaseComponentType();
        String name = target.getName();
        if (name.startsWith("org.camunda.bpm.engine.impl.") || name.startsWith("org.camunda.bpm.webapp.impl.")) {
          used.add(name);
        }
      }
    }
    Set<String> added = new TreeSet<>(used);
    added.removeAll(INTERNAL_CLASSES);
    Set<String> gone = new TreeSet<>(INTERNAL_CLASSES);
    gone.removeAll(used);
    assertThat(added).as("internal engine classes used but not in EngineContractTest.INTERNAL_CLASSES:\n"
        + added.stream().map(n -> "      \"" + n + "\",").collect(Collectors.joining("\n"))).isEmpty();
    assertThat(gone).as("listed in INTERNAL_CLASSES but no longer used (remove them)").isEmpty();
  }

  private static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getName().equals(name)) {
          return field;
        }
      }
    }
    return null;
  }

  private static Document parse(String resource) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    try (InputStream in = EngineContractTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("Camunda engine changed: " + resource + " is gone").isNotNull();
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static Element byId(Document document, String tag, String id, List<String> changed) {
    NodeList nodes = document.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (id.equals(element.getAttribute("id"))) {
        return element;
      }
    }
    changed.add("<" + tag + " id=\"" + id + "\"> is gone");
    return null;
  }

  private static Set<String> includes(Element element) {
    Set<String> refs = new TreeSet<>();
    NodeList nodes = element.getElementsByTagName("include");
    for (int i = 0; i < nodes.getLength(); i++) {
      refs.add(((Element) nodes.item(i)).getAttribute("refid"));
    }
    return refs;
  }
}
