package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import pl.vetworkflow.procurement.ProcurementOrders;
import pl.vetworkflow.procurement.ProcurementSettings;

/**
 * {@code ${registerCourseProcurement}}: buying the course is a procurement. The approved course becomes
 * an order of kind COURSE in vet_procurement_order (approved, so it counts for anti-splitting: courses of
 * the same kind are similar services and are valued together, the category is the course kind) and the
 * called process supplier-selection gets its inputs; the approved estimate is the budget limit.
 */
@Component("registerCourseProcurement")
public class RegisterCourseProcurementDelegate implements JavaDelegate {
  static final String ORDER_KIND = "COURSE";

  private final ProcurementOrders orders;
  private final ProcurementSettings procurementSettings;

  public RegisterCourseProcurementDelegate(ProcurementOrders orders, ProcurementSettings procurementSettings) {
    this.orders = orders;
    this.procurementSettings = procurementSettings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CourseKind kind = courseKind.get(execution);
    String subject = "Kurs: " + kind.label() + " – " + courseTopic.getOrNull(execution);
    if (subject.length() > 300) {
      subject = subject.substring(0, 300);
    }
    double estimate = estimatedCost.get(execution);
    long id = orders.register(ORDER_KIND, execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        schoolId.getOrNull(execution), kind.name(), subject, BigDecimal.valueOf(estimate));
    orders.updateStatus(id, ProcurementOrders.Status.APPROVED);
    procurementOrderId.set(execution, id);
    purchaseSubject.set(execution, subject);
    procurementCategory.set(execution, kind.name());
    estimatedNetValue.set(execution, estimate);
    budgetLimit.set(execution, estimate);
    fundingPeriod.set(execution, procurementSettings.fundingPeriod());
  }
}
