package com.regionops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RegionOpsApplication {

  public static void main(String[] args) {
    SpringApplication.run(RegionOpsApplication.class, args);
  }
}
