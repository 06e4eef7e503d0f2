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
    List<Offers.Offer> received = Offers.of(offers.getOrNull(execution));
    offersCount.set(execution, (long) received.size());
    if (!OFFERS.equals(offersOutcome.getOrNull(execution))) {
      overBudget.set(execution, false);
      return;
    }
    Offers.Offer chosen = received.get(Integer.parseInt(chosenOffer.get(execution)) - 1);
    chosenSupplierName.set(execution, chosen.supplier());
    chosenSupplierNip.set(execution, Nip.normalize(chosen.nip()));
    chosenNetValue.set(execution, chosen.netValue());
    chosenGrossValue.set(execution, chosen.grossValue());
    BigDecimal limit = budgetLimit.getOrNull(execution);
    overBudget.set(execution, limit != null && chosen.netValue().compareTo(limit) > 0);
  }
}
