package pl.vetworkflow.procurement;

import static pl.vetworkflow.process.ProcessVariable.date;
import static pl.vetworkflow.process.ProcessVariable.flag;
import static pl.vetworkflow.process.ProcessVariable.text;
import static pl.vetworkflow.process.ProcessVariable.whole;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import pl.vetworkflow.process.CaseVariables;
import pl.vetworkflow.process.ProcessVariable;
import pl.vetworkflow.validation.JsonRows;

/**
 * Variables of the called process {@code supplier-selection}: its inputs (set by the caller with
 * {@code camunda:in}), what it records, and its outputs ({@code camunda:out}). Generic: equipment for
 * schools and courses from training providers are bought the same way. Amounts are Double PLN with at
 * most 2 decimals (BigDecimal through their typed accessors, {@link Money}), dates ISO strings {@code
 * yyyy-MM-dd}. Each name is a String constant (as the model, the forms and the callers' mappings spell
 * it); a variable this feature's code reads or writes also has its typed accessor ({@link
 * ProcessVariable}), named as the variable itself.
 */
public final class SupplierSelectionVariables {
  public static final String PROCESS_KEY = "supplier-selection";
  public static final String DECISION_KEY = "procurement-procedure";

  // inputs
  /** Long, the order's row in vet_procurement_order (registered by the caller). */
  public static final String PROCUREMENT_ORDER_ID = "procurementOrderId";
  public static final ProcessVariable<Long> procurementOrderId = whole(PROCUREMENT_ORDER_ID);
  /** String, what is bought. */
  public static final String PURCHASE_SUBJECT = CaseVariables.PURCHASE_SUBJECT;
  public static final ProcessVariable<String> purchaseSubject = text(PURCHASE_SUBJECT);
  /** String, the school the order is for (none for a PNZ course): names the case on cards and in e-mails. */
  public static final String SCHOOL_NAME = CaseVariables.SCHOOL_NAME;
  public static final ProcessVariable<String> schoolName = CaseVariables.schoolName;
  /** String, kind of items: orders of one category are valued together (anti-splitting). */
  public static final String PROCUREMENT_CATEGORY = "procurementCategory";
  public static final ProcessVariable<String> procurementCategory = text(PROCUREMENT_CATEGORY);
  /** Double, PLN net, this order's estimate. */
  public static final String ESTIMATED_NET_VALUE = "estimatedNetValue";
  public static final ProcessVariable<BigDecimal> estimatedNetValue = Money.processVariable(ESTIMATED_NET_VALUE);
  /** Double, PLN net: the most the buyer can pay; a chosen offer above it needs the coordinator's decision. */
  public static final String BUDGET_LIMIT = "budgetLimit";
  public static final ProcessVariable<BigDecimal> budgetLimit = Money.processVariable(BUDGET_LIMIT);
  /** String 2014-2020 | 2021-2027, the programme's funding period. */
  public static final String FUNDING_PERIOD = "fundingPeriod";
  public static final ProcessVariable<String> fundingPeriod = text(FUNDING_PERIOD);

  // assessProcurementValue
  /** Double, PLN net: approved orders of the same category other than this one. */
  public static final String OTHER_ORDERS_NET_VALUE = "otherOrdersNetValue";
  public static final ProcessVariable<BigDecimal> otherOrdersNetValue = Money.processVariable(OTHER_ORDERS_NET_VALUE);
  /** Double, PLN net: estimate + other orders; the DMN input. */
  public static final String AGGREGATED_NET_VALUE = "aggregatedNetValue";
  public static final ProcessVariable<BigDecimal> aggregatedNetValue = Money.processVariable(AGGREGATED_NET_VALUE);
  /** String date: the day the procedure is decided (the enquiry is published from this day on). */
  public static final String PROCEDURE_DATE = "procedureDate";
  public static final ProcessVariable<LocalDate> procedureDate = date(PROCEDURE_DATE);

  // DMN procurement-procedure
  /** String PRICE_SURVEY | COMPETITIVENESS | PZP. */
  public static final String PROCEDURE = "procedure";
  public static final ProcessVariable<String> procedure = text(PROCEDURE);
  public static final String PRICE_SURVEY = "PRICE_SURVEY";
  public static final String COMPETITIVENESS = "COMPETITIVENESS";
  public static final String PZP = "PZP";
  /** String, Polish name of the procedure. */
  public static final String PROCEDURE_NAME = "procedureName";
  public static final ProcessVariable<String> procedureName = text(PROCEDURE_NAME);
  /** Boolean: the enquiry must be published (competitiveness database, BZP). */
  public static final String PUBLICATION_REQUIRED = "publicationRequired";
  /** Long: fewest days between publication and the offer deadline. */
  public static final String MIN_OFFER_DAYS = "minOfferDays";

  // enquiry (supplier-enquiry)
  /** String, the notice number in Baza Konkurencyjności / BZP; required where publication is. */
  public static final String ENQUIRY_PUBLICATION_NUMBER = "enquiryPublicationNumber";
  public static final ProcessVariable<String> enquiryPublicationNumber = text(ENQUIRY_PUBLICATION_NUMBER);
  /** String date: published (or, for a price survey, sent to suppliers). */
  public static final String ENQUIRY_DATE = "enquiryDate";
  public static final ProcessVariable<LocalDate> enquiryDate = date(ENQUIRY_DATE);
  /** String date: last day for offers; the process waits until the day after. */
  public static final String OFFER_DEADLINE = "offerDeadline";
  public static final ProcessVariable<LocalDate> offerDeadline = date(OFFER_DEADLINE);
  /** String, suppliers asked (required for a price survey). */
  public static final String SUPPLIERS_INVITED = "suppliersInvited";
  public static final ProcessVariable<String> suppliersInvited = text(SUPPLIERS_INVITED);

  // offers (supplier-offers)
  /** String OFFERS | NO_OFFERS. */
  public static final String OFFERS_OUTCOME = "offersOutcome";
  public static final ProcessVariable<String> offersOutcome = text(OFFERS_OUTCOME);
  public static final String OFFERS = "OFFERS";
  public static final String NO_OFFERS = "NO_OFFERS";
  /**
   * Json array, one row an offer received: {@code {supplier (String), nip (String, 10 digits with a
   * valid checksum, separators allowed), netValue, grossValue (PLN, gross at least net), score (whole
   * number 0-100)}}; read with {@link Offers}.
   */
  public static final String OFFER_ROWS = "offers";
  public static final ProcessVariable<List<Map<String, Object>>> offers = rows(OFFER_ROWS);
  /** String "1", "2"...: the row (counted from 1) of the chosen offer. */
  public static final String CHOSEN_OFFER = "chosenOffer";
  public static final ProcessVariable<String> chosenOffer = text(CHOSEN_OFFER);
  public static final String CHOICE_REASON = "choiceReason";

  // recordChosenOffer
  /** Long. */
  public static final String OFFERS_COUNT = "offersCount";
  public static final ProcessVariable<Long> offersCount = whole(OFFERS_COUNT);
  public static final String CHOSEN_SUPPLIER_NAME = "chosenSupplierName";
  public static final ProcessVariable<String> chosenSupplierName = text(CHOSEN_SUPPLIER_NAME);
  /** String, 10 digits. */
  public static final String CHOSEN_SUPPLIER_NIP = "chosenSupplierNip";
  public static final ProcessVariable<String> chosenSupplierNip = text(CHOSEN_SUPPLIER_NIP);
  public static final String CHOSEN_NET_VALUE = "chosenNetValue";
  public static final ProcessVariable<BigDecimal> chosenNetValue = Money.processVariable(CHOSEN_NET_VALUE);
  public static final String CHOSEN_GROSS_VALUE = "chosenGrossValue";
  public static final ProcessVariable<BigDecimal> chosenGrossValue = Money.processVariable(CHOSEN_GROSS_VALUE);
  /** Boolean: the chosen offer's net value exceeds the budget limit. */
  public static final String OVER_BUDGET = "overBudget";
  public static final ProcessVariable<Boolean> overBudget = flag(OVER_BUDGET);

  // no offers (supplier-no-offers-decision)
  /** String REPEAT | CANCEL. */
  public static final String NO_OFFERS_DECISION = "noOffersDecision";
  public static final String NO_OFFERS_REASON = "noOffersReason";
  public static final ProcessVariable<String> noOffersReason = text(NO_OFFERS_REASON);
  public static final String REPEAT = "REPEAT";
  public static final String CANCEL = "CANCEL";

  // over budget (supplier-over-budget-decision)
  /** String ACCEPT | CANCEL. */
  public static final String OVER_BUDGET_DECISION = "overBudgetDecision";
  public static final ProcessVariable<String> overBudgetDecision = text(OVER_BUDGET_DECISION);
  public static final String OVER_BUDGET_REASON = "overBudgetReason";
  public static final ProcessVariable<String> overBudgetReason = text(OVER_BUDGET_REASON);
  public static final String ACCEPT = "ACCEPT";

  // contract (supplier-contract)
  public static final String CONTRACT_NUMBER = "contractNumber";
  public static final ProcessVariable<String> contractNumber = text(CONTRACT_NUMBER);
  public static final String CONTRACT_DATE = "contractDate";
  public static final ProcessVariable<LocalDate> contractDate = date(CONTRACT_DATE);
  /** Double, at most the chosen offer's net value; charged to the budget. */
  public static final String CONTRACT_NET_VALUE = "contractNetValue";
  public static final ProcessVariable<BigDecimal> contractNetValue = Money.processVariable(CONTRACT_NET_VALUE);
  public static final String CONTRACT_GROSS_VALUE = "contractGrossValue";
  public static final ProcessVariable<BigDecimal> contractGrossValue = Money.processVariable(CONTRACT_GROSS_VALUE);
  public static final String DELIVERY_DEADLINE = "deliveryDeadline";

  // outputs
  /** String CONTRACTED | CANCELLED. */
  public static final String SELECTION_OUTCOME = "selectionOutcome";
  public static final ProcessVariable<String> selectionOutcome = text(SELECTION_OUTCOME);
  public static final String CONTRACTED = "CONTRACTED";
  public static final String CANCELLED = "CANCELLED";
  /** String, why the selection was cancelled. */
  public static final String SELECTION_CANCEL_REASON = "selectionCancelReason";
  public static final ProcessVariable<String> selectionCancelReason = text(SELECTION_CANCEL_REASON);

  /** A list variable: Json rows (ADR 0006), read as plain rows whatever form the engine holds them in. */
  static ProcessVariable<List<Map<String, Object>>> rows(String name) {
    return ProcessVariable.of(name, "list of rows (Json)", JsonRows::of, JsonRows::json);
  }

  private SupplierSelectionVariables() {}
}
