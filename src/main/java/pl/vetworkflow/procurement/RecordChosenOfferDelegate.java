package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.SupplierSelectionVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.organisation.Nip;

/**
 * {@code ${recordChosenOffer}}: counts the offers and copies the chosen one (supplier, NIP, net, gross)
 * into the case; flags it when its net value exceeds the budget limit.
 */
@Component("recordChosenOffer")
public class RecordChosenOfferDelegate implements JavaDelegate {
  @Override
  public void execute(DelegateExecution execution) {
    long count = 0;
    for (int n = 1; n <= MAX_OFFERS; n++) {
      if (execution.getVariable(offerSupplier(n)) instanceof String s && !s.isBlank()) {
        count++;
      }
    }
    execution.setVariable(OFFERS_COUNT, count);
    if (!OFFERS.equals(execution.getVariable(OFFERS_OUTCOME))) {
      execution.setVariable(OVER_BUDGET, false);
      return;
    }
    int chosen = Integer.parseInt((String) execution.getVariable(CHOSEN_OFFER));
    BigDecimal net = Money.of(execution.getVariable(offerNetValue(chosen)));
    execution.setVariable(CHOSEN_SUPPLIER_NAME, execution.getVariable(offerSupplier(chosen)));
    execution.setVariable(CHOSEN_SUPPLIER_NIP, Nip.normalize((String) execution.getVariable(offerNip(chosen))));
    execution.setVariable(CHOSEN_NET_VALUE, Money.variable(net));
    execution.setVariable(CHOSEN_GROSS_VALUE, Money.variable(Money.of(execution.getVariable(offerGrossValue(chosen)))));
    BigDecimal limit = Money.of(execution.getVariable(BUDGET_LIMIT));
    execution.setVariable(OVER_BUDGET, limit != null && net.compareTo(limit) > 0);
  }
}
