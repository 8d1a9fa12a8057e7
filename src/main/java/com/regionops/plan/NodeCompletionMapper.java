package com.regionops.plan;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NodeCompletionMapper {

  /** Inserts an open report; a second open report of the same node breaks uk_node_completion_open. */
  void insert(KeyedRow<NodeCompletion> row);

  NodeCompletion findById(long id);

  NodeCompletion findByProcessInstance(String processInstanceId);

  NodeCompletion findOpen(long nodeId);

  List<NodeCompletion> findByNode(long nodeId);

  List<NodeCompletion> findByProject(@Param("projectCode") String projectCode, @Param("status") CompletionStatus status);

  int updateChain(@Param("id") long id, @Param("confirmerChain") String confirmerChain);

  /** Closes an open report (CONFIRMED or WITHDRAWN); 0 when it was not open. */
  int close(@Param("id") long id, @Param("status") CompletionStatus status, @Param("at") LocalDateTime at);

  int markReturned(@Param("id") long id, @Param("reason") String reason, @Param("at") LocalDateTime at);

  /** The office's corrected report: back to REPORTED, next round. */
  int resubmit(@Param("id") long id, @Param("actualFinish") LocalDate actualFinish, @Param("note") String note,
      @Param("reportDelayDays") int reportDelayDays, @Param("at") LocalDateTime at);

  void insertStep(CompletionStep step);

  List<CompletionStep> findSteps(long completionId);

  int countSteps(@Param("completionId") long completionId, @Param("roundNo") int roundNo);

  /**
   * The office's reports of these projects with an actual finish in [from, to), withdrawn ones left out:
   * the caller shifts the window by the grace days to get the reports due in a month.
   */
  List<NodeCompletion> findFinishedBetween(@Param("projectCodes") List<String> projectCodes,
      @Param("from") LocalDate from, @Param("to") LocalDate to);
}
