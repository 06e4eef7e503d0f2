package pl.vetworkflow.procurement;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import pl.vetworkflow.engine.EngineClock;

/**
 * The table {@code vet_procurement_order}: one row per procurement case, in the engine's transaction.
 * What an order commits: nothing once rejected or cancelled, its contract value once contracted, its
 * estimate before that.
 */
@Repository
public class ProcurementOrders {
  /** vet_procurement_order.status. */
  public enum Status { SUBMITTED, APPROVED, CONTRACTED, COMPLETED, REJECTED, CANCELLED }

  /** vet_procurement_order.order_kind of an equipment order (a course's order is {@code COURSE}). */
  public static final String EQUIPMENT = "EQUIPMENT";

  /** Orders that count for anti-splitting: approved by the programme and not cancelled. */
  static final List<Status> APPROVED_STATUSES = List.of(Status.APPROVED, Status.CONTRACTED, Status.COMPLETED);
  /** Orders that use a school's budget: submitted and not rejected or cancelled. */
  static final List<Status> COMMITTED_STATUSES =
      List.of(Status.SUBMITTED, Status.APPROVED, Status.CONTRACTED, Status.COMPLETED);

  private static final String COMMITTED_VALUE = "coalesce(sum(coalesce(contract_net_value, estimated_net_value)), 0)";

  public record Order(long id, String kind, String caseBusinessKey, String processInstanceId, String schoolId,
      String category, String subject, BigDecimal estimatedNetValue, String status, String procedure,
      String supplierName, String supplierNip, String contractNumber, LocalDate contractDate,
      BigDecimal contractNetValue, BigDecimal contractGrossValue, LocalDate durabilityEndDate) {}

  private static final RowMapper<Order> ORDER = (rs, n) -> new Order(rs.getLong("id"), rs.getString("order_kind"),
      rs.getString("case_business_key"), rs.getString("process_instance_id"), rs.getString("school_id"),
      rs.getString("category"), rs.getString("subject"), rs.getBigDecimal("estimated_net_value"),
      rs.getString("status"), rs.getString("procurement_procedure"), rs.getString("supplier_name"),
      rs.getString("supplier_nip"), rs.getString("contract_number"), localDate(rs.getDate("contract_date")),
      rs.getBigDecimal("contract_net_value"), rs.getBigDecimal("contract_gross_value"),
      localDate(rs.getDate("durability_end_date")));

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  public ProcurementOrders(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Registers a new order (status SUBMITTED) and returns its id. */
  public long register(String kind, String businessKey, String processInstanceId, String schoolId, String category,
      String subject, BigDecimal estimatedNetValue) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    Timestamp now = now();
    jdbc.update(con -> {
      var ps = con.prepareStatement("insert into vet_procurement_order (order_kind, case_business_key,"
          + " process_instance_id, school_id, category, subject, estimated_net_value, status, created_at, updated_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, kind);
      ps.setString(2, businessKey);
      ps.setString(3, processInstanceId);
      ps.setString(4, schoolId);
      ps.setString(5, category);
      ps.setString(6, subject);
      ps.setBigDecimal(7, estimatedNetValue);
      ps.setString(8, Status.SUBMITTED.name());
      ps.setTimestamp(9, now);
      ps.setTimestamp(10, now);
      return ps;
    }, keys);
    return keys.getKey().longValue();
  }

  /** A corrected request: new category, subject and estimate. */
  public void updateRequest(long id, String category, String subject, BigDecimal estimatedNetValue) {
    update("update vet_procurement_order set category = ?, subject = ?, estimated_net_value = ?, updated_at = ?"
        + " where id = ?", category, subject, estimatedNetValue, now(), id);
  }

  public void updateStatus(long id, Status status) {
    update("update vet_procurement_order set status = ?, updated_at = ? where id = ?", status.name(), now(), id);
  }

  public void recordProcedure(long id, String procedure) {
    update("update vet_procurement_order set procurement_procedure = ?, updated_at = ? where id = ?", procedure, now(), id);
  }

  /** The signed contract: from now on the order commits the contract value, not the estimate. */
  public void recordContract(long id, String supplierName, String supplierNip, String contractNumber,
      LocalDate contractDate, BigDecimal netValue, BigDecimal grossValue) {
    update("update vet_procurement_order set status = ?, supplier_name = ?, supplier_nip = ?,"
        + " contract_number = ?, contract_date = ?, contract_net_value = ?, contract_gross_value = ?, updated_at = ?"
        + " where id = ?", Status.CONTRACTED.name(), supplierName, supplierNip, contractNumber,
        Date.valueOf(contractDate), netValue, grossValue, now(), id);
  }

  public void complete(long id, LocalDate durabilityEndDate) {
    update("update vet_procurement_order set status = ?, durability_end_date = ?, updated_at = ? where id = ?",
        Status.COMPLETED.name(), Date.valueOf(durabilityEndDate), now(), id);
  }

  public Optional<Order> find(long id) {
    return jdbc.query("select * from vet_procurement_order where id = ?", ORDER, id).stream().findFirst();
  }

  /** Anti-splitting: value of the approved orders of a category other than {@code excludedId}. */
  public BigDecimal approvedValueOfCategory(String category, long excludedId) {
    return jdbc.queryForObject("select " + COMMITTED_VALUE + " from vet_procurement_order where category = ?"
        + " and id <> ? and status in (" + placeholders(APPROVED_STATUSES) + ")", BigDecimal.class,
        args(List.of(category, excludedId), APPROVED_STATUSES));
  }

  /**
   * Equipment budget: what the school's equipment orders other than {@code excludedId} commit. A
   * course bought for the school's pupils is paid from the course budget, not the workshop's.
   */
  public BigDecimal committedBySchool(String schoolId, long excludedId) {
    return jdbc.queryForObject("select " + COMMITTED_VALUE + " from vet_procurement_order where school_id = ?"
        + " and order_kind = ?"
        + " and id <> ? and status in (" + placeholders(COMMITTED_STATUSES) + ")", BigDecimal.class,
        args(List.of(schoolId, EQUIPMENT, excludedId), COMMITTED_STATUSES));
  }

  private static String placeholders(List<Status> statuses) {
    return String.join(", ", Collections.nCopies(statuses.size(), "?"));
  }

  /** The leading arguments, then the statuses' names. */
  private static Object[] args(List<Object> leading, List<Status> statuses) {
    List<Object> args = new ArrayList<>(leading);
    statuses.forEach(s -> args.add(s.name()));
    return args.toArray();
  }

  private void update(String sql, Object... args) {
    if (jdbc.update(sql, args) != 1) {
      throw new IllegalStateException("procurement order not found: " + args[args.length - 1]);
    }
  }

  private Timestamp now() {
    return clock.timestamp();
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
