package pl.vetworkflow.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.testsupport.H2IntegrationTest;

@H2IntegrationTest
class ReferenceDataImporterTest {
  @Autowired ReferenceDataImporter importer;
  @Autowired OrganisationRepository repository;
  @Autowired IdentityService identityService;

  private static Resource csv(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  @Test
  void importingTheSameFilesAgainChangesNothing() {
    int schools = repository.schools().size();
    int employers = repository.employers().size();
    long groups = identityService.createGroupQuery().groupType(Groups.ORGANISATION_TYPE).count();

    importer.importSchools(new ClassPathResource("reference-data/schools.csv"));
    importer.importEmployers(new ClassPathResource("reference-data/employers.csv"));

    assertThat(repository.schools()).hasSize(schools);
    assertThat(repository.employers()).hasSize(employers);
    assertThat(identityService.createGroupQuery().groupType(Groups.ORGANISATION_TYPE).count()).isEqualTo(groups);
  }

  @Test
  void aMalformedRowRejectsTheWholeFileNamingItsLine() {
    Resource good = csv("employers-good.csv", """
        id;name;town;nip;industry;deficit_profession;email
        901;Nowa Firma Sp. z o.o.;Opole;5260250274;usługi;tak;a@firma.example.pl
        """);
    // a good row in a bad file is not imported either
    Resource mixed = csv("employers-bad.csv", """
        id;name;town;nip;industry;deficit_profession;email
        901;Nowa Firma Sp. z o.o.;Opole;5260250274;usługi;tak;a@firma.example.pl
        902;Zła Firma;Opole;5260250275;usługi;tak;b@firma.example.pl
        """);
    assertThatThrownBy(() -> importer.importEmployers(mixed))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("employers-bad.csv line 3: NIP '5260250275' has a wrong check digit");
    assertThat(repository.employer("901")).isEmpty();
    assertThat(identityService.createGroupQuery().groupId(Groups.employer("901")).count()).isZero();

    // the same good row alone imports
    importer.importEmployers(good);
    assertThat(repository.employer("901")).hasValueSatisfying(e -> assertThat(e.nip()).isEqualTo("5260250274"));
    assertThat(identityService.createGroupQuery().groupId(Groups.employer("901")).count()).isEqualTo(1);
  }

  @Test
  void eachKindOfErrorNamesTheFieldAndLine() {
    assertThatThrownBy(() -> importer.importSchools(csv("schools-bad.csv", """
        id;name;school_complex;type;address;email
        901;Technikum;ZS;technikum;Opole;s@x.example.pl
        902;Liceum;ZS;liceum;Opole;s@x.example.pl
        """))).hasMessage("schools-bad.csv line 3: unknown school type 'liceum' (expected: technikum,"
        + " szkoła branżowa I stopnia, szkoła specjalna)");
    assertThatThrownBy(() -> importer.importSchools(csv("schools-bad.csv", """
        id;name;school_complex;type;address;email
        903;Technikum;ZS;technikum;Opole;not-an-address
        """))).hasMessageContaining("line 2: email 'not-an-address'");
    assertThatThrownBy(() -> importer.importSchools(csv("schools-bad.csv", """
        id;name;school_complex;type;address;email
        904;;ZS;technikum;Opole;s@x.example.pl
        """))).hasMessageContaining("line 2: name is empty");
    assertThatThrownBy(() -> importer.importSchools(csv("schools-bad.csv", """
        id;name;type;address;email
        905;Technikum;technikum;Opole;s@x.example.pl
        """))).hasMessageContaining("line 1: header must be");
    assertThatThrownBy(() -> importer.importEmployers(csv("employers-bad.csv", """
        id;name;town;nip;industry;deficit_profession;email
        906;A;Opole;5260250274;x;może;a@a.example.pl
        """))).hasMessageContaining("line 2: deficit_profession must be tak or nie");
    assertThatThrownBy(() -> importer.importEmployers(csv("employers-bad.csv", """
        id;name;town;nip;industry;deficit_profession;email
        907;A;Opole;5260250274;x;tak;a@a.example.pl
        908;B;Opole;5260250274;x;tak;b@a.example.pl
        """))).hasMessageContaining("nip '5260250274' appears twice");
    assertThat(repository.school("902")).isEmpty();
    assertThat(repository.employer("907")).isEmpty();
  }
}
