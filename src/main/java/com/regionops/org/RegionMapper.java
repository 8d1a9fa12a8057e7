package com.regionops.org;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
public interface RegionMapper {

  @Select("SELECT code, name FROM ro_region ORDER BY code")
  List<Region> findAll();

  @Select("SELECT code, name FROM ro_region WHERE code = #{code}")
  Region findByCode(String code);

  @Insert("INSERT INTO ro_region (code, name) VALUES (#{code}, #{name})")
  void insert(Region region);
}
