package pl.vetworkflow.procurement;

import static pl.vetworkflow.procurement.SupplierSelectionVariables.*;

import java.math.BigDecimal;
import java.util.List;
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
    List<Offers.Offer> offers = Offers.of(execution.getVariable(OFFER_ROWS));
    execution.setVariable(OFFERS_COUNT, (long) offers.size());
    if (!OFFERS.equals(execution.getVariable(OFFERS_OUTCOME))) {
      execution.setVariable(OVER_BUDGET, false);
      return;
    }
    Offers.Offer chosen = offers.get(Integer.parseInt((String) execution.getVariable(CHOSEN_OFFER)) - 1);
    execution.setVariable(CHOSEN_SUPPLIER_NAME, chosen.supplier());
    execution.setVariable(CHOSEN_SUPPLIER_NIP, Nip.normalize(chosen.nip()));
    execution.setVariable(CHOSEN_NET_VALUE, Money.variable(chosen.netValue()));
    execution.setVariable(CHOSEN_GROSS_VALUE, Money.variable(chosen.grossValue()));
    BigDecimal limit = Money.of(execution.getVariable(BUDGET_LIMIT));
    execution.setVariable(OVER_BUDGET, limit != null && chosen.netValue().compareTo(limit) > 0);
  }
}
