package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.EquipmentProcurementVariables.*;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import pl.vetworkflow.document.DocumentIssuer;
import pl.vetworkflow.document.DocumentKind;
import pl.vetworkflow.validation.JsonRows;
import pl.vetworkflow.validation.PolishDates;

/**
 * {@code ${issueAcceptanceProtocol}}, at the end of {@code recordAssets}: the acceptance protocol
 * (protokół odbioru) of the delivered equipment under the number the school gave it, with the
 * contract, the items and their values, and the inventory number of every delivered piece (known
 * once the equipment is in the school's asset register). A delivery accepted after a complaint says
 * so, with the day the defects were remedied.
 */
@Component("issueAcceptanceProtocol")
public class IssueAcceptanceProtocolListener implements ExecutionListener {
  private final DocumentIssuer issuer;

  public IssueAcceptanceProtocolListener(DocumentIssuer issuer) {
    this.issuer = issuer;
  }

  @Override
  public void notify(DelegateExecution execution) {
    List<RequestItems.Item> requested = RequestItems.of(items.getOrNull(execution));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("protocolNumber", protocolNumber.get(execution));
    values.put("protocolDate", PolishDates.format(protocolDate.get(execution)));
    values.put("deliveryDate", PolishDates.format(deliveryDate.get(execution)));
    values.put("purchaseSubject", purchaseSubject.get(execution));
    values.put("schoolName", schoolName.get(execution));
    values.put("workshop", workshop.getOrNull(execution));
    values.put("profession", profession.getOrNull(execution));
    values.put("supplierName", chosenSupplierName.get(execution));
    values.put("supplierNip", chosenSupplierNip.getOrNull(execution));
    values.put("contractNumber", contractNumber.get(execution));
    values.put("contractDate", PolishDates.format(contractDate.get(execution)));
    values.put("contractNetValue", money(contractNetValue.getOrNull(execution)));
    values.put("contractGrossValue", money(contractGrossValue.getOrNull(execution)));
    values.put("items", requested.stream().map(IssueAcceptanceProtocolListener::item).toList());
    values.put("itemsTotal", Money.display(RequestItems.total(requested)));
    values.put("pieces", JsonRows.of(inventoryNumbers.getOrNull(execution)).stream()
        .map(IssueAcceptanceProtocolListener::piece).toList());
    values.put("assetRegisterDate", PolishDates.format(assetRegisterDate.get(execution)));
    boolean remedied = remedyDate.getOrNull(execution) != null;
    values.put("remedyDate", remedied ? PolishDates.format(remedyDate.get(execution)) : null);
    String complaint = remedied ? complaintDescription.getOrNull(execution) : null;
    // quoted in a sentence: without its own full stop
    values.put("complaintDescription", complaint == null ? null : complaint.strip().replaceAll("\\.+$", ""));
    issuer.issue(execution, DocumentKind.ACCEPTANCE_PROTOCOL, values);
  }

  private static Map<String, Object> item(RequestItems.Item item) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("row", item.row());
    row.put("name", item.name());
    row.put("quantity", item.quantity());
    row.put("unitNetPrice", Money.display(item.unitNetPrice()));
    row.put("netValue", Money.display(item.netValue()));
    return row;
  }

  private static Map<String, Object> piece(Map<String, Object> inventoryRow) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("item", JsonRows.text(inventoryRow, InventoryRows.ITEM));
    row.put("piece", JsonRows.text(inventoryRow, InventoryRows.PIECE));
    row.put("inventoryNumber", JsonRows.text(inventoryRow, InventoryRows.NUMBER));
    return row;
  }

  private static String money(BigDecimal value) {
    return value == null ? null : Money.display(value);
  }
}
