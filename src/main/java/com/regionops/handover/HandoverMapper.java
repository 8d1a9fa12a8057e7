package com.regionops.handover;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** ro_handover_date_review, and the approved contract dates on ro_project. */
@Mapper
public interface HandoverMapper {

  String REVIEW = "SELECT id, project_code, contract_handover_date, planned_handover_date, margin_days, product_type,"
      + " result, reason, buffer_days, decoration_contractor, decoration_completion_date, presale_permit_no, note,"
      + " status, requested_by, requested_at, decided_by, decided_at, comment, process_instance_id"
      + " FROM ro_handover_date_review";

  String CONTRACT = "SELECT p.code AS project_code, p.name AS project_name, p.region_code, p.project_type,"
      + " p.contract_handover_date, p.contract_handover_approved_at, p.decoration_contractor,"
      + " p.decoration_completion_date,"
      + " (SELECT MAX(n.planned_finish) FROM ro_plan_node n WHERE n.project_code = p.code"
      + "   AND n.category = 'HANDOVER') AS planned_handover_date"
      + " FROM ro_project p";

  @Insert("INSERT INTO ro_handover_date_review (project_code, contract_handover_date, planned_handover_date,"
      + " margin_days, product_type, decoration_contractor, decoration_completion_date, presale_permit_no, note,"
      + " status, requested_by, requested_at)"
      + " VALUES (#{value.projectCode}, #{value.contractHandoverDate}, #{value.plannedHandoverDate},"
      + " #{value.marginDays}, #{value.productType}, #{value.decorationContractor}, #{value.decorationCompletionDate},"
      + " #{value.presalePermitNo}, #{value.note}, #{value.status}, #{value.requestedBy}, #{value.requestedAt})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(KeyedRow<HandoverReview> row);

  @Select(REVIEW + " WHERE id = #{id}")
  HandoverReview findById(long id);

  /** A project's reviews, newest first. */
  @Select(REVIEW + " WHERE project_code = #{projectCode} ORDER BY requested_at DESC, id DESC")
  List<HandoverReview> findByProject(String projectCode);

  @Select(REVIEW + " WHERE project_code = #{projectCode} AND status = 'IN_REVIEW'")
  List<HandoverReview> findOpen(String projectCode);

  @Update("UPDATE ro_handover_date_review SET process_instance_id = #{processInstanceId} WHERE id = #{id}")
  int setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  /** What handover-date-check answered. */
  @Update("UPDATE ro_handover_date_review SET result = #{result}, reason = #{reason}, buffer_days = #{bufferDays}"
      + " WHERE id = #{id}")
  int recordCheck(@Param("id") long id, @Param("result") String result, @Param("reason") String reason,
      @Param("bufferDays") Integer bufferDays);

  /** Closes a review still in review; 0 when it is closed already (a step run twice). */
  @Update("UPDATE ro_handover_date_review SET status = #{status}, decided_by = #{decidedBy}, decided_at = #{at},"
      + " comment = #{comment} WHERE id = #{id} AND status = 'IN_REVIEW'")
  int decide(@Param("id") long id, @Param("status") ReviewStatus status, @Param("decidedBy") String decidedBy,
      @Param("at") LocalDateTime at, @Param("comment") String comment);

  /** The approved date (and the 装修 contract's) on the project. */
  @Update("UPDATE ro_project SET contract_handover_date = #{date}, contract_handover_approved_at = #{at},"
      + " decoration_contractor = #{contractor}, decoration_completion_date = #{decorationDate} WHERE code = #{code}")
  int approveOnProject(@Param("code") String projectCode, @Param("date") LocalDate date,
      @Param("at") LocalDateTime approvedAt, @Param("contractor") String contractor,
      @Param("decorationDate") LocalDate decorationCompletionDate);

  @Select(CONTRACT + " WHERE p.code = #{code}")
  ProjectContract findContract(String code);

  @Select(CONTRACT + " WHERE p.region_code = #{regionCode} ORDER BY p.code")
  List<ProjectContract> findContractsOfRegion(String regionCode);

  /** A project's approved contract date (null before one is approved) and its planned handover now. */
  record ProjectContract(String projectCode, String projectName, String regionCode, String projectType,
      LocalDate contractHandoverDate, LocalDateTime contractHandoverApprovedAt, String decorationContractor,
      LocalDate decorationCompletionDate, LocalDate plannedHandoverDate) {
  }
}
