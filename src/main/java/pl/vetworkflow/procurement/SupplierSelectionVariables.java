package pl.vetworkflow.procurement;

/**
 * Variables of the called process {@code supplier-selection}: its inputs (set by the caller with
 * {@code camunda:in}), what it records, and its outputs ({@code camunda:out}). Generic: equipment for
 * schools and courses from training providers are bought the same way. Amounts are Double PLN with at
 * most 2 decimals, dates ISO strings {@code yyyy-MM-dd}.
 */
public final class SupplierSelectionVariables {
  public static final String PROCESS_KEY = "supplier-selection";
  public static final String DECISION_KEY = "procurement-procedure";

  // inputs
  /** Long, the order's row in vet_procurement_order (registered by the caller). */
  public static final String PROCUREMENT_ORDER_ID = "procurementOrderId";
  /** String, what is bought. */
  public static final String PURCHASE_SUBJECT = "purchaseSubject";
  /** String, kind of items: orders of one category are valued together (anti-splitting). */
  public static final String PROCUREMENT_CATEGORY = "procurementCategory";
  /** Double, PLN net, this order's estimate. */
  public static final String ESTIMATED_NET_VALUE = "estimatedNetValue";
  /** Double, PLN net: the most the buyer can pay; a chosen offer above it needs the coordinator's decision. */
  public static final String BUDGET_LIMIT = "budgetLimit";
  /** String 2014-2020 | 2021-2027, the programme's funding period. */
  public static final String FUNDING_PERIOD = "fundingPeriod";

  // assessProcurementValue
  /** Double, PLN net: approved orders of the same category other than this one. */
  public static final String OTHER_ORDERS_NET_VALUE = "otherOrdersNetValue";
  /** Double, PLN net: estimate + other orders; the DMN input. */
  public static final String AGGREGATED_NET_VALUE = "aggregatedNetValue";
  /** String date: the day the procedure is decided (the enquiry is published from this day on). */
  public static final String PROCEDURE_DATE = "procedureDate";

  // DMN procurement-procedure
  /** String PRICE_SURVEY | COMPETITIVENESS | PZP. */
  public static final String PROCEDURE = "procedure";
  public static final String PRICE_SURVEY = "PRICE_SURVEY";
  public static final String COMPETITIVENESS = "COMPETITIVENESS";
  public static final String PZP = "PZP";
  /** String, Polish name of the procedure. */
  public static final String PROCEDURE_NAME = "procedureName";
  /** Boolean: the enquiry must be published (competitiveness database, BZP). */
  public static final String PUBLICATION_REQUIRED = "publicationRequired";
  /** Long: fewest days between publication and the offer deadline. */
  public static final String MIN_OFFER_DAYS = "minOfferDays";

  // enquiry (supplier-enquiry)
  /** String, the notice number in Baza Konkurencyjności / BZP; required where publication is. */
  public static final String ENQUIRY_PUBLICATION_NUMBER = "enquiryPublicationNumber";
  /** String date: published (or, for a price survey, sent to suppliers). */
  public static final String ENQUIRY_DATE = "enquiryDate";
  /** String date: last day for offers; the process waits until the day after. */
  public static final String OFFER_DEADLINE = "offerDeadline";
  /** String, suppliers asked (required for a price survey). */
  public static final String SUPPLIERS_INVITED = "suppliersInvited";

  // offers (supplier-offers)
  /** String OFFERS | NO_OFFERS. */
  public static final String OFFERS_OUTCOME = "offersOutcome";
  public static final String OFFERS = "OFFERS";
  public static final String NO_OFFERS = "NO_OFFERS";
  /**
   * Json array, one row an offer received: {@code {supplier (String), nip (String, 10 digits with a
   * valid checksum, separators allowed), netValue, grossValue (PLN, gross at least net), score (whole
   * number 0-100)}}; read with {@link Offers}.
   */
  public static final String OFFER_ROWS = "offers";
  /** String "1", "2"...: the row (counted from 1) of the chosen offer. */
  public static final String CHOSEN_OFFER = "chosenOffer";
  public static final String CHOICE_REASON = "choiceReason";

  // recordChosenOffer
  /** Long. */
  public static final String OFFERS_COUNT = "offersCount";
  public static final String CHOSEN_SUPPLIER_NAME = "chosenSupplierName";
  /** String, 10 digits. */
  public static final String CHOSEN_SUPPLIER_NIP = "chosenSupplierNip";
  public static final String CHOSEN_NET_VALUE = "chosenNetValue";
  public static final String CHOSEN_GROSS_VALUE = "chosenGrossValue";
  /** Boolean: the chosen offer's net value exceeds the budget limit. */
  public static final String OVER_BUDGET = "overBudget";

  // no offers (supplier-no-offers-decision)
  /** String REPEAT | CANCEL. */
  public static final String NO_OFFERS_DECISION = "noOffersDecision";
  public static final String NO_OFFERS_REASON = "noOffersReason";
  public static final String REPEAT = "REPEAT";
  public static final String CANCEL = "CANCEL";

  // over budget (supplier-over-budget-decision)
  /** String ACCEPT | CANCEL. */
  public static final String OVER_BUDGET_DECISION = "overBudgetDecision";
  public static final String OVER_BUDGET_REASON = "overBudgetReason";
  public static final String ACCEPT = "ACCEPT";

  // contract (supplier-contract)
  public static final String CONTRACT_NUMBER = "contractNumber";
  public static final String CONTRACT_DATE = "contractDate";
  /** Double, at most the chosen offer's net value; charged to the budget. */
  public static final String CONTRACT_NET_VALUE = "contractNetValue";
  public static final String CONTRACT_GROSS_VALUE = "contractGrossValue";
  public static final String DELIVERY_DEADLINE = "deliveryDeadline";

  // outputs
  /** String CONTRACTED | CANCELLED. */
  public static final String SELECTION_OUTCOME = "selectionOutcome";
  public static final String CONTRACTED = "CONTRACTED";
  public static final String CANCELLED = "CANCELLED";
  /** String, why the selection was cancelled. */
  public static final String SELECTION_CANCEL_REASON = "selectionCancelReason";

  private SupplierSelectionVariables() {}
}
