package com.regionops.instruction;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InstructionMapper {

  void insert(KeyedRow<Instruction> row);

  Instruction findById(long id);

  void insertItem(KeyedRow<InstructionItem> row);

  InstructionItem findItem(long id);

  /** Serialises what is decided about one copy (two 延期申请 at once) until the transaction ends. */
  @org.apache.ibatis.annotations.Select("SELECT id FROM ro_instruction_item WHERE id = #{id} FOR UPDATE")
  Long lockItem(long id);

  /** The copy of one addressee: a region's (projectCode null) or a project's. */
  InstructionItem findItemOf(@Param("instructionId") long instructionId, @Param("regionCode") String regionCode,
      @Param("projectCode") String projectCode);

  List<InstructionItem> findItems(long instructionId);

  List<InstructionItem> findChildren(long parentId);

  int linkProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  int acknowledge(@Param("id") long id, @Param("status") ItemStatus status, @Param("by") String by,
      @Param("at") LocalDateTime at, @Param("handling") String handling);

  int answer(@Param("id") long id, @Param("answer") String answer, @Param("by") String by,
      @Param("at") LocalDateTime at);

  /** 退回: one more return, the comment kept for the one who answers again. */
  int returnAnswer(@Param("id") long id, @Param("comment") String comment);

  int close(@Param("id") long id, @Param("comment") String comment, @Param("at") LocalDateTime at);

  int extend(@Param("id") long id, @Param("deadline") LocalDate deadline);

  int updateColor(@Param("id") long id, @Param("color") String color);

  void insertExtension(KeyedRow<InstructionExtension> row);

  InstructionExtension findExtension(long id);

  List<InstructionExtension> findExtensions(long itemId);

  /** Every 延期申请 of an instruction's copies, for its detail in one read. */
  List<InstructionExtension> findExtensionsOfInstruction(long instructionId);

  int decideExtension(@Param("id") long id, @Param("status") String status, @Param("by") String by,
      @Param("at") LocalDateTime at, @Param("comment") String comment);

  /**
   * Copies with their instruction, newest first: regions null for every region, else those regions' copies
   * (projectCodes, when given, narrows to those projects' copies); open true/false/null for open, closed, all.
   */
  List<ItemRow> findRows(@Param("regionCodes") Collection<String> regionCodes,
      @Param("projectCodes") Collection<String> projectCodes, @Param("instructionId") Long instructionId,
      @Param("open") Boolean open, @Param("status") ItemStatus status, @Param("color") String color);

  /** Every open copy someone must act on (a region's own relay container excluded), for the colour sweep. */
  List<InstructionItem> findOpenForSupervision();

  /** A copy as the lists show it: the instruction's facts beside the addressee's. */
  record ItemRow(long id, long instructionId, String title, InstructionCategory category, FeedbackMode feedbackMode,
      String issuerLevel, String issuerRegion, String sourceMeeting, LocalDateTime issuedAt, String level,
      String regionCode, String projectCode, ItemStatus status, LocalDate ackDue, LocalDate deadline,
      LocalDate extendedDeadline, LocalDateTime acknowledgedAt, String handling, String answer,
      LocalDateTime firstAnsweredAt, LocalDateTime answeredAt, int returns, String reviewComment,
      LocalDateTime closedAt, String color) {
  }
}
