package com.regionops.meeting;

/** Insert parameter: the meeting plus a slot for the generated id. */
public class MeetingRow {

  private final Meeting meeting;
  private Long id;

  public MeetingRow(Meeting meeting) {
    this.meeting = meeting;
  }

  public Meeting getM() {
    return meeting;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
