import { describe, expect, it } from "vitest";
import { decodeSlackText, escapeSlackText } from "../../../adapters/slack/slack-text.ts";

describe("Slack text at the console's boundary", () => {
  it("customer text is escaped: no mention, broadcast or disguised link stays active (D8)", () => {
    const text =
      "<@S1> <!here> <!channel> lütfen: <https://evil.example/login|https://www.kamusm.gov.tr> & <#C1>";
    const escaped = escapeSlackText(text);
    expect(escaped).toBe(
      "&lt;@S1&gt; &lt;!here&gt; &lt;!channel&gt; lütfen: &lt;https://evil.example/login|https://www.kamusm.gov.tr&gt; &amp; &lt;#C1&gt;",
    );
    expect(escaped).not.toMatch(/[<>]/);
    // what Slack shows is what the customer wrote
    expect(decodeSlackText(escaped)).toBe(text);
    expect(escapeSlackText("a &amp; b")).toBe("a &amp;amp; b");
  });

  it("an agent's reply as Slack delivers it becomes the plain text the agent typed (D9)", () => {
    expect(decodeSlackText("Ödeme &amp; fatura: <https://www.kamusm.gov.tr>")).toBe(
      "Ödeme & fatura: https://www.kamusm.gov.tr",
    );
    expect(decodeSlackText("bakınız <https://x.example/a?b=1&amp;c=2|bu sayfa>")).toBe(
      "bakınız bu sayfa (https://x.example/a?b=1&c=2)",
    );
    expect(decodeSlackText("<http://kamusm.gov.tr|kamusm.gov.tr>")).toBe("http://kamusm.gov.tr");
    expect(decodeSlackText("<mailto:bilgi@ornek.com.tr|bilgi@ornek.com.tr>")).toBe("bilgi@ornek.com.tr");
    expect(decodeSlackText("<@U1> ve <@U2|ayse> ile <#C1|destek> ve <#C2>")).toBe(
      "@U1 ve @ayse ile #destek ve #C2",
    );
    expect(decodeSlackText("<!here> <!channel> <!everyone>")).toBe("@here @channel @everyone");
    expect(decodeSlackText("<!subteam^S1|@cagri> <!date^1392734382^{date}|18 Şubat 2014>")).toBe(
      "@cagri 18 Şubat 2014",
    );
    expect(decodeSlackText("1 &lt; 2 &gt; 0 &amp;lt;")).toBe("1 < 2 > 0 &lt;");
    expect(decodeSlackText("düz metin")).toBe("düz metin");
  });
});
