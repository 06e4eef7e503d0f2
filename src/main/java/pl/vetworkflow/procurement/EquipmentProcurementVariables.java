package pl.vetworkflow.procurement;

import static pl.vetworkflow.process.ProcessVariable.date;
import static pl.vetworkflow.process.ProcessVariable.text;
import static pl.vetworkflow.process.ProcessVariable.whole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import pl.vetworkflow.process.CaseVariables;
import pl.vetworkflow.process.ProcessVariable;

/**
 * Every process variable of {@code equipment-procurement}, with its type and format. Dates are ISO
 * strings {@code yyyy-MM-dd}, whole numbers Long, amounts (PLN) Double with at most 2 decimals,
 * yes/no Boolean, decisions String constants. Each name is a String constant (as the model and the
 * forms spell it: for forms, rules and tests); a variable this feature's code reads or writes also has
 * its typed accessor ({@link ProcessVariable}), named as the variable itself. The call activity to
 * supplier-selection passes variables in and gets its outputs back under the same names: they are this
 * process's variables too, declared as the called process's ({@link SupplierSelectionVariables}).
 */
public final class EquipmentProcurementVariables {
  public static final String PROCESS_KEY = "equipment-procurement";
  /** Prefix of the business key: ZS/2026/0001 (zakup sprzętu). */
  public static final String CASE_PREFIX = "ZS";

  // start form (procurement-request) and correction form (procurement-request-correction)
  /** String, id in the school registry; the starter must be a coordinator of that school. */
  public static final String SCHOOL_ID = CaseVariables.SCHOOL_ID;
  public static final ProcessVariable<String> schoolId = CaseVariables.schoolId;
  /** String, the profession (zawód) the equipment serves. */
  public static final String PROFESSION = "profession";
  public static final ProcessVariable<String> profession = text(PROFESSION);
  /** String, the workshop (pracownia) the equipment is for. */
  public static final String WORKSHOP = "workshop";
  public static final ProcessVariable<String> workshop = text(WORKSHOP);
  /** String, short title of the purchase. */
  public static final String PURCHASE_SUBJECT = SupplierSelectionVariables.PURCHASE_SUBJECT;
  public static final ProcessVariable<String> purchaseSubject = text(PURCHASE_SUBJECT);
  /** String, kind of items ({@link ProcurementCategory}): similar items are valued together. */
  public static final String PROCUREMENT_CATEGORY = SupplierSelectionVariables.PROCUREMENT_CATEGORY;
  public static final ProcessVariable<String> procurementCategory = SupplierSelectionVariables.procurementCategory;
  /**
   * Double, PLN net: the total of the items (sum of quantity × unit price), computed by the form
   * (expression field); the server computes it again and refuses a submission whose total differs,
   * and stores its own value when a client sent none.
   */
  public static final String ESTIMATED_NET_VALUE = SupplierSelectionVariables.ESTIMATED_NET_VALUE;
  public static final ProcessVariable<BigDecimal> estimatedNetValue = SupplierSelectionVariables.estimatedNetValue;
  public static final String JUSTIFICATION = "justification";
  /** String, the labour-market need the equipment answers. */
  public static final String LABOUR_MARKET_NEED = "labourMarketNeed";
  /** String, the employers (POSG) who recommend the purchase. */
  public static final String RECOMMENDING_EMPLOYERS = "recommendingEmployers";
  /** String date, when the value was estimated (not in the future, not older than the configured age). */
  public static final String ESTIMATE_DATE = "estimateDate";
  /** String {@code PRICE_LISTS | SUPPLIER_ENQUIRIES | PREVIOUS_ORDERS | ONLINE_PRICES | OTHER}. */
  public static final String ESTIMATE_METHOD = "estimateMethod";
  /** String, required with OTHER. */
  public static final String ESTIMATE_METHOD_DESCRIPTION = "estimateMethodDescription";

  /**
   * Json array, one row an item: {@code {name (String), quantity (whole number, at least 1),
   * unitNetPrice (PLN, more than 0, at most 2 decimals)}}; read with {@link RequestItems}.
   */
  public static final String ITEMS = "items";
  public static final ProcessVariable<List<Map<String, Object>>> items = SupplierSelectionVariables.rows(ITEMS);

  // set by recordProcurementRequest (at start and after each correction)
  /** Long, id of the row in vet_procurement_order. */
  public static final String PROCUREMENT_ORDER_ID = SupplierSelectionVariables.PROCUREMENT_ORDER_ID;
  public static final ProcessVariable<Long> procurementOrderId = SupplierSelectionVariables.procurementOrderId;
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
  public static final ProcessVariable<String> schoolName = CaseVariables.schoolName;
  /** Long, number of item rows filled in. */
  public static final String ITEM_COUNT = "itemCount";
  public static final ProcessVariable<Long> itemCount = whole(ITEM_COUNT);
  /** String, one line per item: "1. name – 2 szt. × 100,00 zł = 200,00 zł". */
  public static final String ITEMS_SUMMARY = "itemsSummary";
  public static final ProcessVariable<String> itemsSummary = text(ITEMS_SUMMARY);
  /**
   * Json array, one row per piece to be delivered: {@code {item, piece, inventoryNumber}} ({@link
   * InventoryRows}); pre-filled without numbers, the asset register (procurement-asset-register)
   * gives one inventory number a row.
   */
  public static final String INVENTORY_NUMBERS = "inventoryNumbers";
  public static final ProcessVariable<List<Map<String, Object>>> inventoryNumbers = SupplierSelectionVariables.rows(INVENTORY_NUMBERS);
  /** Double, PLN net: the school's equipment budget. */
  public static final String SCHOOL_BUDGET = "schoolBudget";
  public static final ProcessVariable<BigDecimal> schoolBudget = Money.processVariable(SCHOOL_BUDGET);
  /** Double, PLN net: the budget minus every other order of the school still committed. */
  public static final String REMAINING_BUDGET = "remainingBudget";
  public static final ProcessVariable<BigDecimal> remainingBudget = Money.processVariable(REMAINING_BUDGET);

  // set by prepareSupplierSelection after the approval, passed to supplier-selection
  /** Double, PLN net: what is left of the school's budget for this order (the selection's budget limit). */
  public static final String BUDGET_LIMIT = SupplierSelectionVariables.BUDGET_LIMIT;
  public static final ProcessVariable<BigDecimal> budgetLimit = SupplierSelectionVariables.budgetLimit;
  /** String 2014-2020 | 2021-2027 (vet.procurement.funding-period). */
  public static final String FUNDING_PERIOD = SupplierSelectionVariables.FUNDING_PERIOD;
  public static final ProcessVariable<String> fundingPeriod = SupplierSelectionVariables.fundingPeriod;

  // copied back from supplier-selection (camunda:out), shown on the later forms
  public static final String AGGREGATED_NET_VALUE = SupplierSelectionVariables.AGGREGATED_NET_VALUE;
  public static final String PROCEDURE = SupplierSelectionVariables.PROCEDURE;
  public static final String PROCEDURE_NAME = SupplierSelectionVariables.PROCEDURE_NAME;
  public static final String ENQUIRY_PUBLICATION_NUMBER = SupplierSelectionVariables.ENQUIRY_PUBLICATION_NUMBER;
  public static final String ENQUIRY_DATE = SupplierSelectionVariables.ENQUIRY_DATE;
  public static final String CHOSEN_SUPPLIER_NAME = SupplierSelectionVariables.CHOSEN_SUPPLIER_NAME;
  public static final ProcessVariable<String> chosenSupplierName = SupplierSelectionVariables.chosenSupplierName;
  public static final String CHOSEN_SUPPLIER_NIP = SupplierSelectionVariables.CHOSEN_SUPPLIER_NIP;
  public static final ProcessVariable<String> chosenSupplierNip = SupplierSelectionVariables.chosenSupplierNip;
  public static final String CONTRACT_NUMBER = SupplierSelectionVariables.CONTRACT_NUMBER;
  public static final ProcessVariable<String> contractNumber = SupplierSelectionVariables.contractNumber;
  public static final String CONTRACT_DATE = SupplierSelectionVariables.CONTRACT_DATE;
  public static final ProcessVariable<LocalDate> contractDate = SupplierSelectionVariables.contractDate;
  public static final String CONTRACT_NET_VALUE = SupplierSelectionVariables.CONTRACT_NET_VALUE;
  public static final ProcessVariable<BigDecimal> contractNetValue = SupplierSelectionVariables.contractNetValue;
  public static final String CONTRACT_GROSS_VALUE = SupplierSelectionVariables.CONTRACT_GROSS_VALUE;
  public static final ProcessVariable<BigDecimal> contractGrossValue = SupplierSelectionVariables.contractGrossValue;
  /** String date: the supplier must deliver by then; the process waits for the delivery until a week after. */
  public static final String DELIVERY_DEADLINE = SupplierSelectionVariables.DELIVERY_DEADLINE;
  /** String CONTRACTED | CANCELLED; a cancelled selection's reason arrives as {@link #CLOSURE_REASON}. */
  public static final String SELECTION_OUTCOME = SupplierSelectionVariables.SELECTION_OUTCOME;

  // coordinator review (procurement-review)
  /** String APPROVE | REJECT | RETURN. */
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_REASON = "reviewReason";
  public static final ProcessVariable<String> reviewReason = text(REVIEW_REASON);
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";
  public static final String RETURN = "RETURN";

  // closure without purchase (procurement-closure-notice)
  /** String, the reason shown to the school (rejection or cancelled selection). */
  public static final String CLOSURE_REASON = "closureReason";
  public static final ProcessVariable<String> closureReason = text(CLOSURE_REASON);
  public static final String CLOSURE_ACKNOWLEDGED = "closureAcknowledged";

  // delivery and acceptance (procurement-delivery-acceptance, procurement-remedy-acceptance)
  public static final String DELIVERY_DATE = "deliveryDate";
  public static final ProcessVariable<LocalDate> deliveryDate = date(DELIVERY_DATE);
  public static final String PROTOCOL_NUMBER = "protocolNumber";
  public static final ProcessVariable<String> protocolNumber = text(PROTOCOL_NUMBER);
  public static final String PROTOCOL_DATE = "protocolDate";
  public static final ProcessVariable<LocalDate> protocolDate = date(PROTOCOL_DATE);
  /** String FULL | DEFECTS. */
  public static final String ACCEPTANCE_RESULT = "acceptanceResult";
  public static final String FULL = "FULL";
  public static final String DEFECTS = "DEFECTS";
  public static final String DEFECTS_DESCRIPTION = "defectsDescription";

  // complaint (procurement-complaint) and remedy
  public static final String COMPLAINT_DATE = "complaintDate";
  public static final String COMPLAINT_DESCRIPTION = "complaintDescription";
  public static final ProcessVariable<String> complaintDescription = text(COMPLAINT_DESCRIPTION);
  /** String date: the supplier must remedy the defects by then; the coordinators are alerted the day after. */
  public static final String REMEDY_DEADLINE = "remedyDeadline";
  public static final String REMEDY_DATE = "remedyDate";
  public static final ProcessVariable<LocalDate> remedyDate = date(REMEDY_DATE);

  // asset register (procurement-asset-register)
  public static final String ASSET_REGISTER_DATE = "assetRegisterDate";
  public static final ProcessVariable<LocalDate> assetRegisterDate = date(ASSET_REGISTER_DATE);

  // invoice and payment (procurement-invoice-payment)
  public static final String INVOICE_NUMBER = "invoiceNumber";
  public static final String INVOICE_DATE = "invoiceDate";
  /** Double, PLN. */
  public static final String INVOICE_NET_AMOUNT = "invoiceNetAmount";
  /** Double, PLN. */
  public static final String INVOICE_GROSS_AMOUNT = "invoiceGrossAmount";
  public static final String PAYMENT_DATE = "paymentDate";

  // set by completeProcurementOrder
  /** String date: the equipment must stay in use until then (final acceptance + durability years). */
  public static final String DURABILITY_END_DATE = "durabilityEndDate";
  public static final ProcessVariable<LocalDate> durabilityEndDate = date(DURABILITY_END_DATE);

  private EquipmentProcurementVariables() {}
}
