package com.regionops.board;

import com.regionops.platform.security.ApiUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 区域运营看板's data: one call for the first paint; without regionCode, the caller's first region. */
@RestController
@RequestMapping("/api/v1")
class BoardController {

  private final BoardService board;

  BoardController(BoardService board) {
    this.board = board;
  }

  @GetMapping("/board")
  Board board(ApiUser user, @RequestParam(required = false) String regionCode) {
    return board.board(user, regionCode);
  }
}
