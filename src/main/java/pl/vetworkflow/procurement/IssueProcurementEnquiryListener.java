package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.SupplierSelectionVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import pl.vetworkflow.document.DocumentIssuer;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.engine.Definitions;
import pl.vetworkflow.validation.PolishDates;

/**
 * {@code ${issueProcurementEnquiry}}, at the end of {@code recordEnquiry} of the supplier selection:
 * the enquiry (zapytanie ofertowe) as published or sent to the suppliers, a document of the calling
 * case (the equipment procurement or the course). What is bought, the procedure, the offer deadline
 * and how the offers are assessed come from the selection; the items and the workshop from an
 * equipment procurement that called it (a course has no items).
 */
@Component("issueProcurementEnquiry")
public class IssueProcurementEnquiryListener implements ExecutionListener {
  private final DocumentIssuer issuer;

  public IssueProcurementEnquiryListener(DocumentIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("purchaseSubject", purchaseSubject.get(execution));
    values.put("schoolName", schoolName.getOrNull(execution));
    values.put("categoryLabel", ProcurementCategory.EQUIPMENT.get(procurementCategory.getOrNull(execution)));
    values.put("procedureName", procedureName.getOrNull(execution));
    values.put("enquiryPublicationNumber", enquiryPublicationNumber.getOrNull(execution));
    values.put("enquiryDate", PolishDates.format(enquiryDate.get(execution)));
    values.put("offerDeadline", PolishDates.format(offerDeadline.get(execution)));
    values.put("suppliersInvited", suppliersInvited.getOrNull(execution));
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    List<Map<String, Object>> rows = List.of();
    if (caller != null && EquipmentProcurementVariables.PROCESS_KEY.equals(Definitions.key(caller))) {
      values.put("workshop", EquipmentProcurementVariables.workshop.getOrNull(caller));
      values.put("profession", EquipmentProcurementVariables.profession.getOrNull(caller));
      rows = RequestItems.of(EquipmentProcurementVariables.items.getOrNull(caller)).stream()
          .map(IssueProcurementEnquiryListener::row).toList();
    }
    values.put("items", rows);
    issuer.issue(execution, DocumentKind.PROCUREMENT_ENQUIRY, values);
  }

  /** An item as the enquiry lists it: what and how many, no prices (the suppliers offer them). */
  private static Map<String, Object> row(RequestItems.Item item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("row", item.row());
    row.put("name", item.name());
    row.put("quantity", item.quantity());
    return row;
  }
}
