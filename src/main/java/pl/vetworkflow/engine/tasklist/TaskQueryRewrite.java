package pl.vetworkflow.engine.tasklist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Installs the engine's task queries (list and count) with the authorization check as semi-joins.
 *
 * <p>The engine joins every task to the user's authorization rows with
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}. A database cannot hash or merge an OR join,
 * so it compares every task with every authorization row of the user: with one authorization per
 * open task, a school's count over 50,000 tasks took 1.5 s and the count of all tasks 0.4 s. Written
 * as {@code EXISTS ('*' grant) OR EXISTS (grant on RES.ID_) OR EXISTS (grant on D.KEY_)}, each with
 * one equality on the resource id, the database probes the index per task or hashes the user's
 * grants once, whichever is cheaper. The count also drops its DISTINCT when no join can repeat a task.
 *
 * <p>The statements are built at start-up from the engine's own {@code Task.xml}, so every query
 * criterion stays the engine's; only the authorization join is removed and its check replaced
 * ({@code pl/vetworkflow/engine/tasklist/task-queries.xml}). If the engine's mapping no longer has the
 * expected shape (another engine version), nothing is installed and a warning says so: the engine
 * then runs its own statements.
 */
public final class TaskQueryRewrite {
  static final String ENGINE_TASK_MAPPING = "org/camunda/bpm/engine/impl/mapping/entity/Task.xml";
  static final String TEMPLATE = "pl/vetworkflow/engine/tasklist/task-queries.xml";
  static final String NAMESPACE = "pl.vetworkflow.engine.tasklist.TaskQueries";
  static final String LIST = "selectTaskByQueryCriteria";
  static final String COUNT = "selectTaskCountByQueryCriteria";
  private static final String ENGINE_TASK_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";
  private static final String AUTH_NAMESPACE = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.";

  /**
   * PostgreSQL's plan cache mode for a task statement with the check: {@code auto} plans it with its
   * parameters for the first five executions on a connection, then keeps a generic plan unless that
   * is estimated dearer (PostgreSQL's documentation, PREPARE).
   */
  static final String CHECKED_PLAN_CACHE_MODE = "auto";

  /** The columns a task query's permission checks name (READ on the task, READ_TASK on its definition). */
  static final Set<String> CHECKED_COLUMNS = Set.of("RES.ID_", "D.KEY_");

  private TaskQueryRewrite() {}

  /**
   * Whether the statement may check each permission on the column it names: one alternative of
   * plain permission checks (the engine's task query: READ on {@code RES.ID_}, READ_TASK on
   * {@code D.KEY_}). Called by the statement ({@code task-queries.xml}); otherwise the statement uses
   * the engine's own evaluation.
   */
  public static boolean checksPerColumn(AuthorizationCheck check) {
    CompositePermissionCheck checks = check.getPermissionChecks();
    return plainAlternatives(checks)
        && checks.getAtomicChecks().stream().allMatch(atomic -> CHECKED_COLUMNS.contains(atomic.getResourceIdQueryParam()));
  }

  /**
   * Whether this command's standing grants showed that no grant on {@code *} answers this check
   * ({@link GlobalGrantAwareAuthorizationManager#noGrantOnEveryTask}): the statement then leaves out
   * its uncorrelated check for one, which costs a quarter of its planning. Called by the statement.
   */
  public static boolean noGrantOnEveryTask(AuthorizationCheck check) {
    CommandContext command = Context.getCommandContext();
    return command != null && command.getAuthorizationManager() instanceof GlobalGrantAwareAuthorizationManager manager
        && manager.noGrantOnEveryTask(check);
  }

  /** Whether the checks are alternatives of one or more atomic checks, none nested (a task query's shape). */
  static boolean plainAlternatives(CompositePermissionCheck checks) {
    return checks != null && checks.isDisjunctive() && checks.getCompositeChecks().isEmpty()
        && !checks.getAtomicChecks().isEmpty();
  }

  /** Registers the statements and maps the engine's list and count onto them; false if not possible. */
  public static boolean install(ProcessEngineConfigurationImpl engine) {
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    DbSqlSessionFactory sessions = engine.getDbSqlSessionFactory();
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    if (mappings.containsKey(LIST) || mappings.containsKey(COUNT)) {
      throw new UnsupportedShape("the engine maps its task queries to database-specific statements on "
          + engine.getDatabaseType());
    }
    if (!mybatis.hasStatement(NAMESPACE + ".vet" + capitalised(COUNT), false)) {
      String mapper = mapperXml("postgres".equals(engine.getDatabaseType()));
      try (InputStream in = new ByteArrayInputStream(mapper.getBytes(StandardCharsets.UTF_8))) {
        new XMLMapperBuilder(in, mybatis, TEMPLATE + " (with the engine's " + ENGINE_TASK_MAPPING + ")",
            mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    // a copy: the engine shares its per-database map between engines
    mappings.put(LIST, NAMESPACE + ".vet" + capitalised(LIST));
    mappings.put(COUNT, NAMESPACE + ".vet" + capitalised(COUNT));
    sessions.setStatementMappings(mappings);
    return true;
  }

  /**
   * The mapper document: our template plus the engine's task query parts, adapted; on PostgreSQL a
   * statement with the check is planned once per connection ({@link #CHECKED_PLAN_CACHE_MODE}).
   */
  static String mapperXml(boolean postgres) {
    Document engine = parse(ENGINE_TASK_MAPPING);
    Document ours = parse(TEMPLATE);
    Element mapper = ours.getDocumentElement();
    if (postgres) {
      onlyWhenChecked(single(ours, "sql", "beforeCheckedStatement"),
          "SET LOCAL plan_cache_mode = " + CHECKED_PLAN_CACHE_MODE + "; ");
      onlyWhenChecked(single(ours, "sql", "afterCheckedStatement"), "; SET LOCAL plan_cache_mode TO DEFAULT");
    }

    Element criteria = single(engine, "sql", "selectTaskByQueryCriteriaSql");
    removeAuthorizationJoin(criteria);
    replaceAuthorizationCheck(criteria);
    Element list = single(engine, "select", LIST);
    list.setAttribute("id", "vet" + capitalised(LIST));
    list.insertBefore(include(engine, "beforeCheckedStatement"), list.getFirstChild());
    list.appendChild(include(engine, "afterCheckedStatement"));
    list.setAttribute("resultMap", ENGINE_TASK_NAMESPACE + "." + list.getAttribute("resultMap"));

    // the count's DISTINCT follows the engine's own condition for joining identity links
    Element countDistinct = null;
    NodeList ifs = ours.getElementsByTagName("if");
    for (int i = 0; i < ifs.getLength(); i++) {
      if ("IDENTITY_LINK_JOIN_TEST".equals(((Element) ifs.item(i)).getAttribute("test"))) {
        countDistinct = (Element) ifs.item(i);
      }
    }
    if (countDistinct == null) {
      throw new UnsupportedShape("template without IDENTITY_LINK_JOIN_TEST");
    }
    countDistinct.setAttribute("test", identityLinkJoinTest(criteria));

    for (Element part : new Element[] {single(engine, "sql", "columnSelection"), criteria, list}) {
      mapper.appendChild(ours.importNode(part, true));
    }
    return serialise(ours);
  }

  /** Fills a fragment of the template with SQL for statements that check authorization. */
  private static void onlyWhenChecked(Element fragment, String sql) {
    Element when = fragment.getOwnerDocument().createElement("if");
    when.setAttribute("test", "authCheck.shouldPerformAuthorizatioCheck && authCheck.authUserId != null");
    when.setTextContent(sql);
    fragment.appendChild(when);
  }

  private static Element include(Document document, String refid) {
    Element include = document.createElement("include");
    include.setAttribute("refid", refid);
    return include;
  }

  /** Removes {@code <if ...><if ...><include authCheckJoinWithoutOnClause/> AUTH ON (...)</if></if>}. */
  private static void removeAuthorizationJoin(Element criteria) {
    Element include = singleInclude(criteria, AUTH_NAMESPACE + "authCheckJoinWithoutOnClause");
    Node inner = include.getParentNode();
    Node outer = inner.getParentNode();
    if (!"if".equals(inner.getNodeName()) || !"if".equals(outer.getNodeName()) || outer.getParentNode() != criteria
        || !inner.getTextContent().contains("AUTH ON")) {
      throw new UnsupportedShape("authorization join not where expected");
    }
    criteria.removeChild(outer);
  }

  private static void replaceAuthorizationCheck(Element criteria) {
    Element include = singleInclude(criteria, AUTH_NAMESPACE + "contextualAuthorizationCheck");
    include.setAttribute("refid", "authorizedTasks");
    if (criteria.getTextContent().contains("AUTH.") || criteria.getTextContent().contains("AUTH ")) {
      throw new UnsupportedShape("the task criteria still refer to the authorization join");
    }
  }

  private static String identityLinkJoinTest(Element criteria) {
    NodeList binds = criteria.getElementsByTagName("bind");
    String test = null;
    for (int i = 0; i < binds.getLength(); i++) {
      Element bind = (Element) binds.item(i);
      if ("I_JOIN".equals(bind.getAttribute("name")) && "true".equals(bind.getAttribute("value"))) {
        if (test != null || !"if".equals(bind.getParentNode().getNodeName())) {
          throw new UnsupportedShape("identity-link join condition not where expected");
        }
        test = ((Element) bind.getParentNode()).getAttribute("test");
      }
    }
    if (test == null) {
      throw new UnsupportedShape("no identity-link join condition");
    }
    return test;
  }

  private static Element singleInclude(Element root, String refid) {
    Element found = null;
    NodeList includes = root.getElementsByTagName("include");
    for (int i = 0; i < includes.getLength(); i++) {
      Element include = (Element) includes.item(i);
      if (refid.equals(include.getAttribute("refid"))) {
        if (found != null) {
          throw new UnsupportedShape("more than one include of " + refid);
        }
        found = include;
      }
    }
    if (found == null) {
      throw new UnsupportedShape("no include of " + refid);
    }
    return found;
  }

  private static Element single(Document document, String tag, String id) {
    NodeList nodes = document.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element element = (Element) nodes.item(i);
      if (id.equals(element.getAttribute("id"))) {
        return element;
      }
    }
    throw new UnsupportedShape("no <" + tag + " id=\"" + id + "\">");
  }

  private static Document parse(String resource) {
    try (InputStream in = TaskQueryRewrite.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new UnsupportedShape("resource " + resource + " not found");
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setIgnoringComments(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(in);
    } catch (UnsupportedShape e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("Cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  private static String serialise(Document document) {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.DOCTYPE_PUBLIC, document.getDoctype().getPublicId());
      transformer.setOutputProperty(OutputKeys.DOCTYPE_SYSTEM, document.getDoctype().getSystemId());
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot write the task query mapper: " + e.getMessage(), e);
    }
  }

  private static String capitalised(String id) {
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  /** The engine's task mapping has not the shape this rewrite was written for. */
  public static final class UnsupportedShape extends RuntimeException {
    UnsupportedShape(String message) {
      super(message);
    }
  }
}
