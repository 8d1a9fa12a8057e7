package com.regionops.notification;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface NotificationMapper {

  /** Inserts unless the dedup key is taken; returns the rows inserted (0 or 1). */
  int insertOnce(Notification notification);

  List<Notification> findByBusinessKey(String businessKey);

  List<Notification> findByRecipient(String recipient);
}
