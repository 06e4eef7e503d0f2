package pl.vetworkflow.organisation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.vetworkflow.identity.Groups;

/**
 * Loads schools and employers from CSV (UTF-8, semicolon-separated, header row). A file is read and
 * checked whole before anything is written: one malformed row rejects the file, naming its line.
 * Re-importing the same file changes nothing (upsert by id). Every organisation gets its own group
 * (school-&lt;id&gt;, employer-&lt;id&gt;) so that tasks and cases can be routed to it alone.
 */
@Service
public class ReferenceDataImporter {
  private static final Logger log = LoggerFactory.getLogger(ReferenceDataImporter.class);
  private static final Pattern ID = Pattern.compile("[a-zA-Z0-9]{1,32}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");
  static final String[] SCHOOL_HEADER = {"id", "name", "school_complex", "type", "address", "email"};
  static final String[] EMPLOYER_HEADER = {"id", "name", "town", "nip", "industry", "deficit_profession", "email"};

  private final OrganisationRepository repository;
  private final IdentityService identityService;

  public ReferenceDataImporter(OrganisationRepository repository, IdentityService identityService) {
    this.repository = repository;
    this.identityService = identityService;
  }

  @Transactional
  public int importSchools(Resource file) {
    List<School> schools = parse(file, SCHOOL_HEADER, r -> new School(
        id(r), text(r, "name", 255), text(r, "school_complex", 255), schoolType(r),
        text(r, "address", 255), email(r)));
    requireUnique(file, schools, School::id, "id");
    for (School school : schools) {
      repository.save(school);
      ensureGroup(Groups.school(school.id()), school.name());
      // tasks for "a teacher of this school": candidate groups are OR'ed, so "teachers" + "school-<id>"
      // would reach every teacher and everyone of the school; this group is the intersection
      ensureGroup(Groups.schoolTeachers(school.id()), "Nauczyciele: " + school.name(), Groups.SCHOOL_TEACHERS_TYPE);
    }
    log.info("Imported {} schools from {}", schools.size(), file.getDescription());
    return schools.size();
  }

  @Transactional
  public int importEmployers(Resource file) {
    List<Employer> employers = parse(file, EMPLOYER_HEADER, r -> new Employer(
        id(r), text(r, "name", 255), text(r, "town", 100), nip(r), text(r, "industry", 255), yesNo(r, "deficit_profession"),
        email(r)));
    requireUnique(file, employers, Employer::id, "id");
    requireUnique(file, employers, Employer::nip, "nip");
    for (Employer employer : employers) {
      repository.save(employer);
      ensureGroup(Groups.employer(employer.id()), employer.name());
    }
    log.info("Imported {} employers from {}", employers.size(), file.getDescription());
    return employers.size();
  }

  private void ensureGroup(String id, String name) {
    ensureGroup(id, name, Groups.ORGANISATION_TYPE);
  }

  private void ensureGroup(String id, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identityService.newGroup(id);
    }
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private <T> List<T> parse(Resource file, String[] header, Function<CSVRecord, T> mapper) {
    String name = file.getFilename();
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(';').setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).get();
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(stripBom(reader), format)) {
      List<String> actual = parser.getHeaderNames();
      if (!actual.equals(List.of(header))) {
        throw new ReferenceDataException(name + " line 1: header must be " + String.join(";", header)
            + " but is " + String.join(";", actual));
      }
      List<T> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (record.size() != header.length) {
          throw new ReferenceDataException(name + " line " + line + ": expected " + header.length
              + " fields, found " + record.size());
        }
        try {
          rows.add(mapper.apply(record));
        } catch (IllegalArgumentException e) {
          throw new ReferenceDataException(name + " line " + line + ": " + e.getMessage(), e);
        }
      }
      return rows;
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ReferenceDataException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static Reader stripBom(Reader reader) throws IOException {
    java.io.PushbackReader pushback = new java.io.PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  private static <T> void requireUnique(Resource file, List<T> rows, Function<T, String> key, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!seen.add(key.apply(rows.get(i)))) {
        throw new ReferenceDataException(file.getFilename() + ": " + field + " '" + key.apply(rows.get(i))
            + "' appears twice (row " + (i + 1) + " of the data)");
      }
    }
  }

  private static String id(CSVRecord r) {
    String id = r.get("id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id '" + id + "' must be 1-32 letters or digits");
    }
    return id;
  }

  private static String text(CSVRecord r, String field, int maxLength) {
    String value = r.get(field);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " is empty");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
    }
    return value;
  }

  private static String email(CSVRecord r) {
    String email = text(r, "email", 255);
    if (!EMAIL.matcher(email).matches()) {
      throw new IllegalArgumentException("email '" + email + "' is not an e-mail address");
    }
    return email;
  }

  private static SchoolType schoolType(CSVRecord r) {
    return SchoolType.parse(r.get("type"));
  }

  private static String nip(CSVRecord r) {
    return Nip.normalize(r.get("nip"));
  }

  private static boolean yesNo(CSVRecord r, String field) {
    return switch (r.get(field).toLowerCase()) {
      case "tak", "true", "1" -> true;
      case "nie", "false", "0" -> false;
      default -> throw new IllegalArgumentException(field + " must be tak or nie, not '" + r.get(field) + "'");
    };
  }
}
