package com.regionops.operating;

import com.regionops.platform.engine.KeyedRow;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface OperatingReviewMapper {

  String COLUMNS = "SELECT id, region_code, review_kind, review_year, review_period, period_end, status,"
      + " process_instance_id, pack_reference, pack_summary, started_by, created_at FROM ro_operating_review";

  @Insert("INSERT INTO ro_operating_review (region_code, review_kind, review_year, review_period, period_end, status,"
      + " process_instance_id, started_by) VALUES (#{value.regionCode}, #{value.reviewKind}, #{value.reviewYear},"
      + " #{value.reviewPeriod}, #{value.periodEnd}, #{value.status}, #{value.processInstanceId}, #{value.startedBy})")
  @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
  void insert(KeyedRow<OperatingReview> review);

  @Select(COLUMNS + " WHERE id = #{id}")
  OperatingReview findById(long id);

  @Select(COLUMNS + " WHERE process_instance_id = #{processInstanceId}")
  OperatingReview findByProcess(String processInstanceId);

  /** A review whose instance is gone (cancelled in Cockpit) is taken over by the next start of its period. */
  @Update("UPDATE ro_operating_review SET process_instance_id = #{processInstanceId}, status = 'OPEN',"
      + " pack_reference = NULL, pack_summary = NULL, started_by = #{startedBy} WHERE id = #{id}")
  void reopen(@Param("id") long id, @Param("processInstanceId") String processInstanceId,
      @Param("startedBy") String startedBy);

  @org.apache.ibatis.annotations.Delete("DELETE FROM ro_operating_submission WHERE review_id = #{reviewId}")
  void deleteSubmissions(long reviewId);

  @Select(COLUMNS + " WHERE region_code = #{regionCode} AND review_year = #{year} AND review_period = #{period}")
  OperatingReview findByPeriod(@Param("regionCode") String regionCode, @Param("year") int year,
      @Param("period") String period);

  @Select("<script>" + COLUMNS + " WHERE 1 = 1"
      + "<if test='regionCodes != null'> AND region_code IN"
      + "<foreach collection='regionCodes' item='r' open='(' separator=',' close=')'>#{r}</foreach></if>"
      + " ORDER BY period_end DESC, region_code</script>")
  List<OperatingReview> findByRegions(@Param("regionCodes") Collection<String> regionCodes);

  @Update("UPDATE ro_operating_review SET pack_reference = #{reference}, pack_summary = #{summary} WHERE id = #{id}")
  void savePack(@Param("id") long id, @Param("reference") String reference, @Param("summary") String summary);

  @Update("UPDATE ro_operating_review SET status = 'CLOSED' WHERE id = #{id}")
  void close(long id);

  @Insert("INSERT INTO ro_operating_submission (review_id, project_code, report_reference, summary, submitted_by)"
      + " VALUES (#{reviewId}, #{projectCode}, #{reportReference}, #{summary}, #{submittedBy})")
  void insertSubmission(OperatingSubmission submission);

  @Select("SELECT review_id, project_code, report_reference, summary, submitted_by, submitted_at"
      + " FROM ro_operating_submission WHERE review_id = #{reviewId} ORDER BY project_code")
  List<OperatingSubmission> findSubmissions(long reviewId);
}
