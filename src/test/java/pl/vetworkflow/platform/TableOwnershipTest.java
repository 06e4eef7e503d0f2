package pl.vetworkflow.platform;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every table has one owner package, which alone names it in SQL; another package goes through the
 * owner's Java API (docs/architecture.md, "Rules"). The reporting views of the migrations belong to
 * {@code indicators}, which reads them and its own {@code vet_export_log} only; the engine's
 * {@code ACT_*} tables belong to {@code engine}.
 *
 * <p>The tables and views are read from every Flyway migration ({@code create table} / {@code create
 * view}). A migration from V11 on names the owner in its comment right above the statement,
 * {@code -- owner: <package>}; the tables of the migrations before ({@link #OWNERS_OF_V1_TO_V10}) are
 * declared here, since changing an applied migration, even a comment, changes its checksum and Flyway
 * would refuse to start on every existing database. Then every string literal of the main code
 * ({@code src/main/java}, text blocks included, comments not) is searched for table names as whole
 * words: a name outside its owner package fails, with the file, the table and its owner.
 */
class TableOwnershipTest {
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path MAIN_SOURCES = Path.of("src/main/java");
  private static final Path BASE = MAIN_SOURCES.resolve("pl/vetworkflow");
  private static final String REPORTING = "indicators";
  private static final String ENGINE = "engine";

  /** The engine's tables (any of them, whatever the engine version creates): owned by {@code engine}. */
  private static final Pattern ENGINE_TABLE = Pattern.compile("act_(?:ru|re|hi|ge|id)_[a-z0-9_]+");

  /** Owners of the tables created by V1..V10 (applied migrations: no owner comment can be added there). */
  static final Map<String, String> OWNERS_OF_V1_TO_V10 = Map.ofEntries(
      entry("vet_school", "organisation"),
      entry("vet_employer", "organisation"),
      entry("vet_participant", "participant"),
      entry("vet_mail_outbox", "notification"),
      entry("vet_task_reminder", "notification"),
      entry("vet_case_number", "casework"),
      entry("vet_support", "support"),
      entry("vet_procurement_order", "procurement"),
      entry("vet_course", "course"),
      entry("vet_course_enrolment", "course"),
      entry("vet_export_log", "indicators"),
      entry("vet_account", "account"),
      entry("vet_account_token", "account"),
      entry("vet_account_audit", "account"),
      entry("vet_password_reset_request", "account"),
      entry("vet_document", "document"),
      entry("vet_document_download", "document"));

  /**
   * The named exceptions: a main source file (relative to src/main/java) and the tables of another
   * package it may name. Each must still be needed.
   */
  static final Map<String, Set<String>> EXCEPTIONS = Map.of();

  private static final Pattern CREATE =
      Pattern.compile("(?i)^\\s*create\\s+(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z0-9_]+)");
  private static final Pattern OWNER_COMMENT = Pattern.compile("^\\s*--\\s*owner:\\s*([a-z0-9_.]+)\\s*$");
  private static final Pattern MIGRATION_VERSION = Pattern.compile("V(\\d+)__.*\\.sql");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** A table or view of a migration and its owner (null: none declared). */
  record Relation(String name, boolean view, String migration, int version, String declaredOwner) {}

  private static List<Relation> relations;
  private static Map<String, String> owners;
  private static Set<String> packages;

  @BeforeAll
  static void readMigrationsAndPackages() throws IOException {
    relations = new ArrayList<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.sorted().toList()) {
        Matcher version = MIGRATION_VERSION.matcher(file.getFileName().toString());
        if (version.matches()) {
          relations.addAll(relations(file, Integer.parseInt(version.group(1))));
        }
      }
    }
    try (Stream<Path> dirs = Files.list(BASE)) {
      packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
    }
    owners = new TreeMap<>();
    for (Relation r : relations) {
      String owner = r.declaredOwner() != null ? r.declaredOwner() : OWNERS_OF_V1_TO_V10.get(r.name());
      if (owner != null) {
        owners.put(r.name(), owner);
      }
    }
  }

  @Test
  void everyTableAndViewHasOneOwnerPackage() {
    assertThat(relations).as("tables and views read from %s", MIGRATIONS).isNotEmpty();
    List<String> problems = new ArrayList<>();
    Map<String, Relation> seen = new TreeMap<>();
    for (Relation r : relations) {
      String what = (r.view() ? "view " : "table ") + r.name() + " (" + r.migration() + ")";
      Relation before = seen.put(r.name(), r);
      if (before != null && !(r.view() && before.view())) {
        problems.add(what + ": created again, already in " + before.migration());
      }
      boolean declaredHere = OWNERS_OF_V1_TO_V10.containsKey(r.name());
      if (r.declaredOwner() == null && !declaredHere) {
        problems.add(what + ": no owner; put '-- owner: <package>' in the comment right above the statement");
      } else if (r.declaredOwner() != null && declaredHere) {
        problems.add(what + ": owner both in the migration and in OWNERS_OF_V1_TO_V10; keep one");
      } else if (declaredHere && r.version() > 10) {
        problems.add(what + ": a new migration names its owner in a '-- owner:' comment, not in OWNERS_OF_V1_TO_V10");
      }
      String owner = owners.get(r.name());
      if (owner != null && !packages.contains(owner)) {
        problems.add(what + ": owner '" + owner + "' is not a package under " + BASE);
      }
      if (r.view() && owner != null && !owner.equals(REPORTING)) {
        problems.add(what + ": views are the reporting's (owner " + REPORTING + "), not " + owner + "'s");
      }
      if (ENGINE_TABLE.matcher(r.name().toLowerCase(Locale.ROOT)).matches()) {
        problems.add(what + ": the engine creates its ACT_ tables itself, after Flyway; no migration may");
      }
    }
    Set<String> stale = new TreeSet<>(OWNERS_OF_V1_TO_V10.keySet());
    stale.removeAll(seen.keySet());
    if (!stale.isEmpty()) {
      problems.add("OWNERS_OF_V1_TO_V10 names tables no migration creates: " + stale);
    }
    assertThat(problems).as("owners of the tables and views").isEmpty();
  }

  @Test
  void onlyTheOwnerPackageNamesATableInItsCode() throws IOException {
    List<String> violations = new ArrayList<>();
    Map<String, Set<String>> exceptionsUsed = new TreeMap<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    for (Path file : sources) {
      String relative = MAIN_SOURCES.relativize(file).toString().replace('\\', '/');
      String pkg = topLevelPackage(file);
      Set<String> allowed = EXCEPTIONS.getOrDefault(relative, Set.of());
      Set<String> named = new TreeSet<>();
      for (String literal : stringLiterals(Files.readString(file, StandardCharsets.UTF_8))) {
        Matcher word = WORD.matcher(literal);
        while (word.find()) {
          named.add(word.group().toLowerCase(Locale.ROOT));
        }
      }
      for (String name : named) {
        String owner = owners.containsKey(name) ? owners.get(name)
            : ENGINE_TABLE.matcher(name).matches() ? ENGINE : null;
        if (owner == null || owner.equals(pkg)) {
          continue;
        }
        if (allowed.contains(name)) {
          exceptionsUsed.computeIfAbsent(relative, k -> new TreeSet<>()).add(name);
        } else {
          violations.add(MAIN_SOURCES.resolve(relative) + ": " + name + " (owner: " + owner + ", used in "
              + (pkg.isEmpty() ? "the root package" : pkg) + ")");
        }
      }
    }
    assertThat(violations)
        .as("tables named outside their owner package (go through the owner's Java API; reporting reads "
            + "the views of a migration)")
        .isEmpty();
    assertThat(exceptionsUsed).as("the named exceptions are still needed").isEqualTo(EXCEPTIONS);
  }

  /** The scanner itself: literals and text blocks are read, comments and char literals are not. */
  @Test
  void readsStringLiteralsOnly() {
    String source = "class A { // \"vet_a\"\n /* \"vet_b\" */ char c = '\"'; String s = \"x \\\" vet_c\";\n"
        + " String t = \"\"\"\n   select \"q\" from vet_d\n   \"\"\"; /** {@code \"vet_e\"} */ }";
    assertThat(stringLiterals(source)).containsExactly("x \\\" vet_c", "\n   select \"q\" from vet_d\n   ");
  }

  /** Tables and views created by one migration, with the owner of its comment, if any. */
  private static List<Relation> relations(Path file, int version) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Relation> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher create = CREATE.matcher(lines.get(i));
      if (!create.find()) {
        continue;
      }
      String owner = null;
      // the comment block right above the statement
      for (int j = i - 1; j >= 0 && lines.get(j).trim().startsWith("--"); j--) {
        Matcher comment = OWNER_COMMENT.matcher(lines.get(j));
        if (comment.matches()) {
          owner = comment.group(1);
        }
      }
      found.add(new Relation(create.group(2).toLowerCase(Locale.ROOT), create.group(1).equalsIgnoreCase("view"),
          file.getFileName().toString(), version, owner));
    }
    return found;
  }

  /** The top-level package under pl.vetworkflow of a main source file ("" for the root package). */
  private static String topLevelPackage(Path file) {
    Path relative = BASE.relativize(file);
    return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
  }

  /** The contents of the string literals and text blocks of Java source, escapes left as written. */
  static List<String> stringLiterals(String source) {
    List<String> literals = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '\'') {
        i++;
        while (i < n && source.charAt(i) != '\'') {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (source.startsWith("\"\"\"", i)) {
        int start = i + 3;
        int j = start;
        while (j < n && !source.startsWith("\"\"\"", j)) {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        literals.add(source.substring(start, Math.min(j, n)));
        i = j + 3;
      } else if (c == '"') {
        int start = i + 1;
        int j = start;
        while (j < n && source.charAt(j) != '"' && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        literals.add(source.substring(start, Math.min(j, n)));
        i = j + 1;
      } else {
        i++;
      }
    }
    return literals;
  }
}
