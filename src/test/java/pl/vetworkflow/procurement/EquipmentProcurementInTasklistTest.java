package pl.vetworkflow.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import pl.vetworkflow.testsupport.TasklistCaseTest;
import pl.vetworkflow.testsupport.TasklistUser;
import pl.vetworkflow.validation.JsonRows;

/**
 * An equipment procurement of three items worked from the start form to its end only in Tasklist, as
 * the demo users do: school1 asks for three items, the programme office approves, records the enquiry,
 * the offers (two rows, one chosen) and the contract; school1 accepts the delivery and gives one
 * inventory number per delivered piece; the accountant records the invoice. Each finds the task by
 * the case number on its card. Screenshots:
 * target/screenshots/equipment-procurement-*.png.
 */
class EquipmentProcurementInTasklistTest extends TasklistCaseTest {
  static final String SUBJECT = "Stanowiska sterowników PLC do pracowni automatyki";

  @Test
  void schoolOfficeAndAccountantCompleteAProcurementOfThreeItemsInTasklist() {
    newCase("equipment-procurement");
    logIn("school1", "coordinator", "accountant");
    today(LocalDate.of(2026, 3, 2));
    TasklistUser school = user("school1");
    TasklistUser coordinator = user("coordinator");
    TasklistUser accountant = user("accountant");
    school.startProcess("Zakup sprzętu dla szkoły");
    school.type("Przedmiot zakupu", SUBJECT);
    school.choose("Rodzaj sprzętu", "Sprzęt elektryczny, elektroniczny i pomiarowy");
    school.type("Zawód, dla którego jest sprzęt", "technik automatyk");
    school.type("Pracownia", "Pracownia automatyki przemysłowej, sala 114");
    school.type("Nazwa sprzętu", 1, "Sterownik PLC Siemens S7-1200 z modułem wejść");
    school.type("Ilość (szt.)", 1, "2");
    school.type("Cena jednostkowa netto", 1, "2450,00");
    school.press("Dodaj pozycję");
    school.type("Nazwa sprzętu", 2, "Panel operatorski HMI 7\"");
    school.type("Ilość (szt.)", 2, "2");
    school.type("Cena jednostkowa netto", 2, "1890,50");
    school.press("Dodaj pozycję");
    school.type("Nazwa sprzętu", 3, "Zasilacz 24 V DC 10 A");
    school.type("Ilość (szt.)", 3, "1");
    school.type("Cena jednostkowa netto", 3, "320,00");
    // 2 × 2450,00 + 2 × 1890,50 + 1 × 320,00
    school.sees("Szacunkowa wartość netto razem: 9001,00 zł");
    school.date("Data oszacowania wartości", "02.03.2026");
    school.choose("Sposób oszacowania wartości", "Zapytania do dostawców");
    school.type("Uzasadnienie zakupu", "Uczniowie ćwiczą programowanie na jednym sterowniku z 2009 roku.");
    school.type("Potrzeba rynku pracy", "Zakłady regionu szukają techników automatyków znających sterowniki PLC i panele HMI.");
    school.type("Pracodawcy rekomendujący zakup", "Opolskie Zakłady Mechaniczne Sp. z o.o.; Elektrownia Opole");
    school.step("wniosek-trzy-pozycje");
    school.submitStartForm();
    school.step("wniosek-zlozony");
    ProcessInstance instance = caseWith(EquipmentProcurementVariables.PROCESS_KEY, "purchaseSubject", SUBJECT);
    String caseNumber = instance.getBusinessKey();
    assertThat(JsonRows.of(runtime.getVariable(instance.getId(), "items"))).hasSize(3);
    assertThat(((Number) runtime.getVariable(instance.getId(), "estimatedNetValue")).doubleValue()).isEqualTo(9001.00);

    coordinator.openTask(GROUP_TASKS, caseNumber, "Rozpatrz wniosek o zakup sprzętu");
    coordinator.tick("Zatwierdzam wniosek");
    coordinator.step("ocena-wniosku");
    coordinator.complete();

    coordinator.openTask(GROUP_TASKS, caseNumber, "Zarejestruj zapytanie ofertowe");
    coordinator.date("Data publikacji lub wysłania zapytania", "02.03.2026");
    coordinator.date("Termin składania ofert", "09.03.2026");
    coordinator.type("Dostawcy, do których wysłano zapytanie",
        "Elektro-Serwis Opole sp. z o.o.; Automatyka Śląsk Gliwice; PLC-Partner Wrocław");
    coordinator.step("zapytanie-ofertowe");
    coordinator.complete();

    // the offer deadline passes: the engine's clock moves past 09.03.2026 and the due timer job runs
    today(LocalDate.of(2026, 3, 10));
    fireTimer(instance, "offerDeadlineReached");

    coordinator.openTask(GROUP_TASKS, caseNumber, "Zarejestruj oferty i wybierz wykonawcę");
    coordinator.tick("Tak, wpłynęły oferty");
    coordinator.type("Wykonawca", 1, "Elektro-Serwis Opole sp. z o.o.");
    coordinator.type("NIP", 1, ProcurementForms.NIP_A);
    coordinator.type("Cena netto", 1, "8700,00");
    coordinator.type("Cena brutto", 1, "10701,00");
    coordinator.type("Punkty (0–100)", 1, "100");
    coordinator.press("Dodaj pozycję");
    coordinator.type("Wykonawca", 2, "Automatyka Śląsk Gliwice");
    coordinator.type("NIP", 2, ProcurementForms.NIP_B);
    coordinator.type("Cena netto", 2, "9150,00");
    coordinator.type("Cena brutto", 2, "11254,50");
    coordinator.type("Punkty (0–100)", 2, "95");
    coordinator.choose("Wybrana oferta", "Elektro-Serwis Opole");
    coordinator.type("Uzasadnienie wyboru", "Najniższa cena, oferta spełnia wszystkie wymagania zapytania.");
    coordinator.step("oferty-dwa-wiersze");
    coordinator.complete();

    coordinator.openTask(GROUP_TASKS, caseNumber, "Zarejestruj umowę z wykonawcą");
    coordinator.type("Numer umowy", "UM/ZS/2026/07");
    coordinator.date("Data zawarcia umowy", "10.03.2026");
    coordinator.type("Wartość umowy netto", "8700,00");
    coordinator.type("Wartość umowy brutto", "10701,00");
    coordinator.date("Termin dostawy", "31.03.2026");
    coordinator.step("umowa");
    coordinator.complete();

    // the supplier delivers two weeks later
    today(LocalDate.of(2026, 3, 24));
    school.openTask(GROUP_TASKS, caseNumber, "Potwierdź dostawę i sporządź protokół odbioru");
    school.date("Data dostawy", "24.03.2026");
    school.type("Numer protokołu odbioru", "PO/3/2026");
    school.date("Data protokołu odbioru", "24.03.2026");
    school.tick("Odebrano w całości, bez zastrzeżeń");
    school.step("odbior-dostawy");
    school.complete();

    school.openTask(GROUP_TASKS, caseNumber, "Wpisz sprzęt do ewidencji środków trwałych");
    for (int piece = 1; piece <= 5; piece++) {
      school.type("Numer inwentarzowy", piece, String.format("ZS1/AUT/2026/%03d", piece));
    }
    school.date("Data wpisu do ewidencji", "24.03.2026");
    school.step("numery-inwentarzowe");
    school.complete();

    accountant.openTask(GROUP_TASKS, caseNumber, "Zarejestruj fakturę i płatność");
    accountant.type("Numer faktury", "FV/0312/2026");
    accountant.date("Data faktury", "24.03.2026");
    accountant.type("Kwota netto faktury", "8700,00");
    accountant.type("Kwota brutto faktury", "10701,00");
    accountant.date("Data zapłaty", "24.03.2026");
    accountant.step("faktura");
    accountant.complete();
    accountant.step("faktura-zarejestrowana");

    HistoricProcessInstance done = ended(instance);
    assertThat(done.getEndActivityId()).isEqualTo("equipmentInService");
    List<Map<String, Object>> items = JsonRows.of(historicVariable(done.getId(), "items"));
    assertThat(items).extracting(r -> r.get("name")).containsExactly("Sterownik PLC Siemens S7-1200 z modułem wejść",
        "Panel operatorski HMI 7\"", "Zasilacz 24 V DC 10 A");
    assertThat(items).extracting(r -> ((Number) r.get("unitNetPrice")).doubleValue()).containsExactly(2450.00, 1890.50, 320.00);
    assertThat(JsonRows.of(historicVariable(done.getId(), "inventoryNumbers"))).extracting(r -> r.get("inventoryNumber"))
        .containsExactly("ZS1/AUT/2026/001", "ZS1/AUT/2026/002", "ZS1/AUT/2026/003", "ZS1/AUT/2026/004",
            "ZS1/AUT/2026/005");
    assertThat(((Number) historicVariable(done.getId(), "contractNetValue")).doubleValue()).isEqualTo(8700.00);
    assertThat(historicVariable(done.getId(), "invoiceNumber")).isEqualTo("FV/0312/2026");
    assertThat(((Number) historicVariable(done.getId(), "invoiceGrossAmount")).doubleValue()).isEqualTo(10701.00);
  }
}
