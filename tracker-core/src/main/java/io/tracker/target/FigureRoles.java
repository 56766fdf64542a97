package io.tracker.target;

import io.tracker.quantity.Unit;
import io.tracker.target.FigureScanner.Figure;
import java.util.List;

/**
 * Second pass of {@link TargetParser}: what each figure of a sentence is — a target, a qualifier of
 * another figure, or a label — and which targets are parts of a figure printed before them. See
 * {@link TargetParser} for the rules with examples.
 */
final class FigureRoles {
  /** What a figure is. */
  enum Role { TARGET, QUALIFIER, LABEL }

  /** Words a counted noun names a programme of measures or a policy by: 十件民生实事, 十五条硬措施. */
  private static final String[] POLICY_WORDS = {
    "实事", "举措", "措施", "行动", "活动", "政策", "意见", "办法", "细则", "规定"};
  /** Verbs that put a policy in force: "出台22条", "落实稳经济22条". */
  private static final String[] POLICY_VERBS = {"出台", "印发", "制定", "落实", "贯彻", "推出", "兑现"};
  /** Classifiers of the articles of a policy: 22条, 10项. */
  private static final String[] POLICY_CLASSIFIERS = {"条", "项"};
  /** Words before a measure that make it describe a thing rather than set a goal: 年产50万吨石膏粉. */
  private static final String[] CAPACITY_WORDS = {
    "年产", "日产", "年处理", "日处理", "年加工", "年吞吐", "装机容量", "装机", "产能", "库容", "总投资",
    "占地面积", "占地", "建筑面积", "收益"};
  /** Nouns naming a project: a measure before them in the clause is its capacity, "25万吨己二酸项目". */
  private static final String[] PROJECT_WORDS = {"项目", "生产线"};
  private static final String BREAKDOWN = "其中";
  /** Ends of the scope of 其中: a sentence or a bracket closes it, a comma does not. */
  private static final String BREAKDOWN_ENDS = ";。!?)";

  private final Sentence s;
  private final List<Figure> figures;
  private final Role[] roles;
  /** For a qualifier: index of the figure it qualifies, or -1 when dropped. */
  private final int[] qualifies;
  private final boolean[] parts;

  private FigureRoles(Sentence s, List<Figure> figures) {
    this.s = s;
    this.figures = figures;
    this.roles = new Role[figures.size()];
    this.qualifies = new int[figures.size()];
    this.parts = new boolean[figures.size()];
  }

  static FigureRoles assign(Sentence s, List<Figure> figures) {
    FigureRoles r = new FigureRoles(s, figures);
    for (int k = 0; k < figures.size(); k++) {
      Figure f = figures.get(k);
      boolean count = !f.bare() && f.value().unit().isCount();
      if (f.bare() || (!count && r.isAttribute(k))) {
        r.roles[k] = Role.QUALIFIER;
      } else if (count && r.isPolicyLabel(k)) {
        r.roles[k] = Role.LABEL;
      } else {
        r.roles[k] = Role.TARGET;
      }
    }
    for (int k = 0; k < figures.size(); k++) {
      r.qualifies[k] = r.roles[k] == Role.QUALIFIER ? r.qualified(k) : -1;
      r.parts[k] = r.roles[k] == Role.TARGET && r.breaksDown(k);
    }
    return r;
  }

  Role role(int k) {
    return roles[k];
  }

  /** For a qualifier, the index of the figure it qualifies, -1 when it is dropped or no qualifier. */
  int qualifies(int k) {
    return qualifies[k];
  }

  /** Whether target {@code k} is a part of a figure before it ("其中幼儿园7个"). */
  boolean isPart(int k) {
    return parts[k];
  }

  private boolean breaksDown(int k) {
    Figure f = figures.get(k);
    int breakdown = breakdownBefore(f.start());
    if (breakdown < 0) {
      return false;
    }
    for (int j = k - 1; j >= 0; j--) {
      Figure whole = figures.get(j);
      if (whole.end() <= breakdown && roles[j] == Role.TARGET && !parts[j]
          && isPartOf(f.value().unit(), whole.value().unit())) {
        return true;
      }
    }
    return false;
  }

  /** Start of the 其中 whose scope holds {@code pos} (no ;。!?) between them), or -1. */
  private int breakdownBefore(int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      if (BREAKDOWN_ENDS.indexOf(s.at(i)) >= 0) {
        return -1;
      }
      if (s.startsWith(BREAKDOWN, i) && i + BREAKDOWN.length() <= pos) {
        return i;
      }
    }
    return -1;
  }

  /** Counts break down counts (幼儿园7个 of 学校20所); measures the same base unit (1万亩 of 5.2万亩). */
  private static boolean isPartOf(Unit part, Unit whole) {
    if (part.isRatio() || whole.isRatio()) {
      return false;
    }
    return part.isCount() && whole.isCount() || part.base().equals(whole.base());
  }

  /**
   * A measure figure describing a noun: followed by 的 or 级 (5万吨级码头); followed by a word after a
   * capacity word (年产50万吨石膏粉), with a project noun later in the clause (25万吨己二酸项目) or with
   * a count figure next in the clause (投资10亿元以上项目5个); or right after a count figure and a word
   * (3个收益20万元以上).
   */
  private boolean isAttribute(int k) {
    Figure f = figures.get(k);
    if (f.value().unit().isRatio()) {
      return false;
    }
    if (s.isWordAt(f.end())) {
      int clauseStart = s.clauseStart(f.start());
      int clauseEnd = s.clauseEnd(f.end());
      if (s.at(f.end()) == '的' || s.at(f.end()) == '级'
          || s.suffix(clauseStart, f.start(), CAPACITY_WORDS) != null
          || containsAny(f.end(), clauseEnd, PROJECT_WORDS)) {
        return true;
      }
      if (k + 1 < figures.size()) {
        Figure next = figures.get(k + 1);
        if (!next.bare() && next.value().unit().isCount() && s.sameClause(f.end(), next.start())) {
          return true;
        }
      }
    }
    if (k == 0) {
      return false;
    }
    Figure p = figures.get(k - 1);
    if (p.bare() || !p.value().unit().isCount() || p.end() >= f.start()) {
      return false;
    }
    for (int i = p.end(); i < f.start(); i++) {
      if (!s.isWordAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A count figure naming a programme, policy or slogan: printed first inside quotes (“两个责任”,
   * “五个一批”工程); counting a noun that starts with 一 (三个一批, 三个一工作法); its noun contains a
   * policy word (十件民生实事, 十五条硬措施, 10项惠企政策); or it counts 条/项 with no noun after it, before
   * a closing quote (稳经济22条”), right after a policy word (惠企政策10项) or in a clause with a policy
   * verb (出台22条, 落实稳经济22条).
   */
  private boolean isPolicyLabel(int k) {
    Figure f = figures.get(k);
    if (isQuotedSlogan(f) || f.end() < s.length() && s.at(f.end()) == '一') {
      return true;
    }
    if (f.end() < s.length() && Sentence.isHan(s.at(f.end()))) {
      int end = Math.min(s.clauseEnd(f.end()), k + 1 < figures.size() ? figures.get(k + 1).start() : s.length());
      return containsAny(f.end(), end, POLICY_WORDS);
    }
    boolean articles = false;
    for (String classifier : POLICY_CLASSIFIERS) {
      articles |= f.value().unit().toString().equals(classifier);
    }
    if (!articles) {
      return false;
    }
    int clauseStart = s.clauseStart(f.start());
    return isClosingQuote(f.end()) || s.suffix(clauseStart, f.start(), POLICY_WORDS) != null
        || containsAny(clauseStart, f.start(), POLICY_VERBS);
  }

  /** A figure printed right after an opening quote, the quote closing in the same clause: “两个责任”. */
  private boolean isQuotedSlogan(Figure f) {
    if (f.start() == 0 || s.at(f.start() - 1) != '“' && s.at(f.start() - 1) != '《') {
      return false;
    }
    for (int i = f.end(); i < s.clauseEnd(f.end()); i++) {
      if (isClosingQuote(i)) {
        return true;
      }
    }
    return false;
  }

  private boolean isClosingQuote(int pos) {
    return pos < s.length() && (s.at(pos) == '”' || s.at(pos) == '》' || s.at(pos) == '"');
  }

  /** The count target a qualifier belongs to: the one just before it, else the next one, else -1. */
  private int qualified(int k) {
    Figure q = figures.get(k);
    if (k > 0 && isCountTarget(k - 1) && s.sameClause(figures.get(k - 1).end(), q.start())
        && s.noneOf(figures.get(k - 1).end(), q.start(), Sentence.CONNECTORS)) {
      return k - 1;
    }
    if (k + 1 < figures.size() && isCountTarget(k + 1) && s.sameClause(q.end(), figures.get(k + 1).start())) {
      return k + 1;
    }
    return -1;
  }

  private boolean isCountTarget(int k) {
    return roles[k] == Role.TARGET && figures.get(k).value().unit().isCount();
  }

  private boolean containsAny(int start, int end, String[] words) {
    String stretch = s.text.substring(start, Math.max(start, end));
    for (String word : words) {
      if (stretch.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
