package vn.khlt.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Tcvn3Test {

    @Test
    void textTypedInTcvn3FontsIsReadAsUnicode() {
        // each pair written by hand: what Excel keeps of a .VnTime cell, and what it shows
        assertThat(Tcvn3.unicode("Héi N«ng d©n tØnh BÕn Tre")).isEqualTo("Hội Nông dân tỉnh Bến Tre");
        assertThat(Tcvn3.unicode("§¬n vÞ")).isEqualTo("Đơn vị");
        assertThat(Tcvn3.unicode("HuyÖn Chî L¸ch")).isEqualTo("Huyện Chợ Lách");
        assertThat(Tcvn3.unicode("ChØ tiªu")).isEqualTo("Chỉ tiêu");
        assertThat(Tcvn3.unicode("Thùc hiÖn")).isEqualTo("Thực hiện");
        assertThat(Tcvn3.unicode("B¸o c¸o kÕt qu¶ n¨m 2019")).isEqualTo("Báo cáo kết quả năm 2019");
        assertThat(Tcvn3.unicode("Thµnh phè BÕn Tre")).isEqualTo("Thành phố Bến Tre");
        assertThat(Tcvn3.unicode("M¸i Êm t×nh th\u00AD¬ng")).isEqualTo("Mái ấm tình thương");
        assertThat(Tcvn3.unicode("Tû lÖ, KÕ ho¹ch, Tæng céng")).isEqualTo("Tỷ lệ, Kế hoạch, Tổng cộng");
    }

    @Test
    void unicodeAndPlainTextStayAsTheyAre() {
        assertThat(Tcvn3.unicode("Hội Nông dân")).isEqualTo("Hội Nông dân");
        assertThat(Tcvn3.unicode("Ba Tri")).isEqualTo("Ba Tri");
        assertThat(Tcvn3.unicode("Tân Xuân")).isEqualTo("Tân Xuân"); // Latin-1 letters Unicode Vietnamese uses, no mark
        assertThat(Tcvn3.unicode("120")).isEqualTo("120");
        assertThat(Tcvn3.written("Phú")).isFalse();
        assertThat(Tcvn3.written("§¬n vÞ")).isTrue();
    }
}
