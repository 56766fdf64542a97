# 评估规则的中文 DSL (tracker.dsl)。默认预警规则的 DSL 写法见 examples/dsl-risk/risk.dslr。规则文件 (.dslr) 用这些短语写条件 (when) 和结论 (then)。
# 可以直接输入中文标点 (，。：“”（）％ 等)，编译前会统一换成英文标点。
# 一行一个短语: [when] 是条件, [then] 是结论; 以 "- " 开头的条件给上一行的对象再加一个限制。
# 变量: $d 截至日期, $t 任务序号, $p 指标序号, $f 指标, $c 完成度, $behind 落后百分点,
#       $v 报送值, $deadline 完成时限, $left 距时限天数, $u 责任单位。
#
# ---- 限制 (以 "- " 开头, 加在上一行的对象上; 放在最前面, 先于其它短语匹配) ----
[when]- 没有量化指标=targetCount == 0
[when]- 有量化指标=targetCount > 0
[when]- 已过完成时限=daysToDeadline < 0
[when]- 距完成时限不超过{n}天=daysToDeadline >= 0, daysToDeadline <= {n}
[when]- 责任单位不少于{n}个=unitCount >= {n}
[when]- 没有牵头单位=leadCount == 0
[when]- 序号是{id}=id == "{id}"
[when]- 已报送=reported
[when]- 落后时序进度超过{n}个百分点=pointsBehind > {n}
[when]- 落后时序进度不少于{n}个百分点=pointsBehind >= {n}
[when]- 落后时序进度不超过{n}个百分点=pointsBehind <= {n}
[when]- 落后时序进度少于{n}个百分点=pointsBehind < {n}
[when]- 未完成=completion < 1
[when]- 已完成=completion >= 1
[when]- 完成度低于{n}%=completion < {n} / 100.0
[when]- 完成度不低于{n}%=completion >= {n} / 100.0
[when]- 是累计数量类指标=kind == TargetKind.AMOUNT
[when]- 是增长率指标=kind == TargetKind.GROWTH
[when]- 不是上限指标=bound != Bound.AT_MOST
[when]- 已超过{n}天未报送=ageDays > {n}
[when]- 按当前进度推算到期完成不了=daysIntoYear > 0, Calc.project( value, $dueDays, daysIntoYear ) < $target
[when]- 已过阶段末=daysSinceEnd > 0
#
# ---- 日期 ----
[when]截至日期在年初{n}天之后=AsOf( $d : date, daysIntoYear > {n} )
[when]截至日期=AsOf( $d : date )
#
# ---- 任务 (任务序号 $t) ----
[when]该任务曾亮红灯=$red : EarlierRed( taskId == $t )
[when]该任务此前亮{light}灯不少于{n}次=accumulate( EarlierLight( taskId == $t, light == Light.values()[ "绿蓝黄橙红".indexOf( "{light}" ) ], $m : monthEnd ); $times : count( $m ); $times >= {n} )
[when]无指标任务的进度=StatusProgress( $t : taskId, $c : completion, $share : expectedShare, $behind : pointsBehind )
[when]受阻的无指标任务=StatusReport( $t : taskId, status == Status.BLOCKED, $date : date, $note : note )
[when]已过期未达成的节点=Milestone( $t : taskId, daysSinceDate > 0, reached == null, $action : action, $printed : printed, $date : date )
[when]该任务没有红橙黄灯预警=not RiskFlag( taskId == $t, light == Light.RED || light == Light.ORANGE || light == Light.YELLOW )
[when]该任务没有红橙灯预警=not RiskFlag( taskId == $t, light == Light.RED || light == Light.ORANGE )
[when]该任务没有红灯预警=not RiskFlag( taskId == $t, light == Light.RED )
[when]该任务没有红灯或黄灯预警=not RiskFlag( taskId == $t, light == Light.RED || light == Light.YELLOW )
[when]该任务没有亮灯预警=not RiskFlag( taskId == $t, light != Light.GREEN )
[when]该任务没有{code}预警=not RiskFlag( taskId == $t, code == "{code}" )
[when]该任务有红灯预警=exists RiskFlag( taskId == $t, light == Light.RED )
[when]该任务有橙灯预警=exists RiskFlag( taskId == $t, light == Light.ORANGE )
[when]该任务有黄灯预警=exists RiskFlag( taskId == $t, light == Light.YELLOW )
[when]该任务有蓝灯预警=exists RiskFlag( taskId == $t, light == Light.BLUE )
[when]该任务有{code}预警=exists RiskFlag( taskId == $t, code == "{code}" )
[when]该任务尚未报送已完成=not StatusReport( taskId == $t, status == Status.DONE )
[when]该任务从未报送状态=not StatusReport( taskId == $t )
[when]该任务的最新状态=StatusReport( taskId == $t, $status : status, $date : date, $age : ageDays )
[when]该任务的牵头单位=UnitRole( taskId == $t, $u : unitName, role == Role.LEAD )
[when]该任务的配合单位=UnitRole( taskId == $t, $u : unitName, role == Role.CO )
[when]该任务的得分=TaskScore( taskId == $t, $score : score )
[when]该任务的指标得分汇总=accumulate( $ts : TargetScore( taskId == $t ); $scores : collectList( $ts ) )
[when]该任务的指标得分=TargetScore( taskId == $t, $p : position, $c : completion, $behind : pointsBehind )
[when]该任务=TaskFact( id == $t, $deadline : deadline, $left : daysToDeadline, $n : unitCount )
[when]任务=TaskFact( $t : id, $deadline : deadline, $left : daysToDeadline, $n : unitCount )
#
# ---- 指标 (指标序号 $p) ----
[when]该指标的最新报送值=Measure( taskId == $t, position == $p, kind == MeasureKind.LATEST, $v : value, $date : date, $age : ageDays, $days : daysIntoYear )
[when]该指标的上期报送值高于最新值=Measure( taskId == $t, position == $p, kind == MeasureKind.PREVIOUS, value > $v, $pv : value, $pdate : date )
[when]该指标的阶段末报送值=Measure( taskId == $t, position == $p, kind == MeasureKind.PERIOD_END, $v : value )
[when]该指标阶段末无报送=not Measure( taskId == $t, position == $p, kind == MeasureKind.PERIOD_END )
[when]该指标阶段末未达标=Completion( taskId == $t, position == $p, measure == MeasureKind.PERIOD_END, ratio < 1 )
[when]该指标从未报送=not Measure( taskId == $t, position == $p, kind == MeasureKind.LATEST )
[when]该指标的得分=TargetScore( taskId == $t, position == $p, $c : completion, $behind : pointsBehind )
[when]该指标=$f : TargetFact( taskId == $t, position == $p, $share : expectedShare, $target : value, $dueDays : dueDaysIntoYear, $due : due )
[when]指标得分=TargetScore( $t : taskId, $p : position, $c : completion, $behind : pointsBehind )
[when]阶段目标=Phase( $t : taskId, $p : position, $period : printed, $end : end )
[when]指标=$f : TargetFact( $t : taskId, $p : position, $share : expectedShare, $target : value, $dueDays : dueDaysIntoYear, $due : due )
#
# ---- 结论: 预警 (先定灯和代码, 再写说明) ----
[then]亮{light}灯,预警代码{code}=Light light = Light.values()[ "绿蓝黄橙红".indexOf( "{light}" ) ]; String code = "{code}";
[then]说明无指标任务滞后情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "截至" + $d + ",任务" + Fmt.status( $status ) + ",完成" + Fmt.percent( $c ) + ",时序进度" + Fmt.percent( $share ) + ",落后" + Fmt.points( $behind ) + "个百分点", Map.of( "asOf", $d.toString(), "status", $status.name(), "completion", Fmt.percent( $c ), "expected", Fmt.percent( $share ), "pointsBehind", Fmt.points( $behind ) ) ) );
[then]说明无指标任务严重滞后情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "截至" + $d + ",任务" + Fmt.status( $status ) + ",完成" + Fmt.percent( $c ) + ",时序进度" + Fmt.percent( $share ) + ",落后" + Fmt.points( $behind ) + "个百分点,严重滞后", Map.of( "asOf", $d.toString(), "status", $status.name(), "completion", Fmt.percent( $c ), "expected", Fmt.percent( $share ), "pointsBehind", Fmt.points( $behind ) ) ) );
[then]说明受阻情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "截至" + $d + ",任务报送受阻(" + $date + ")" + ( $note.isEmpty() ? "" : ":" + $note ), Map.of( "asOf", $d.toString(), "reported", $date.toString(), "note", $note ) ) );
[then]说明节点未完成情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "截至" + $d + ",节点\"" + $printed + "\"已过(" + $date + "),尚无报送" + $action, Map.of( "asOf", $d.toString(), "milestone", $action, "date", $date.toString() ) ) );
[then]说明滞后情况=insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "截至" + $d + "," + Fmt.actual( $f, $v ) + ",目标" + Fmt.target( $f ) + ",完成" + Fmt.percent( $c ) + ",时序进度" + Fmt.percent( $share ) + ",落后" + Fmt.points( $behind ) + "个百分点", Map.of( "asOf", $d.toString(), "actual", Fmt.value( $v ), "target", Fmt.target( $f ), "completion", Fmt.percent( $c ), "expected", Fmt.percent( $share ), "pointsBehind", Fmt.points( $behind ) ) ) );
[then]说明严重滞后情况=insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "截至" + $d + "," + Fmt.actual( $f, $v ) + ",目标" + Fmt.target( $f ) + ",完成" + Fmt.percent( $c ) + ",时序进度" + Fmt.percent( $share ) + ",落后" + Fmt.points( $behind ) + "个百分点,严重滞后", Map.of( "asOf", $d.toString(), "actual", Fmt.value( $v ), "target", Fmt.target( $f ), "completion", Fmt.percent( $c ), "expected", Fmt.percent( $share ), "pointsBehind", Fmt.points( $behind ) ) ) );
[then]说明指标逾期情况=insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "截至" + $d + "," + $f.metric() + "目标" + Fmt.target( $f ) + "完成" + Fmt.percent( $c ) + ",已过完成时限" + $deadline + "仍未完成", Map.of( "asOf", $d.toString(), "deadline", $deadline.toString(), "completion", Fmt.percent( $c ) ) ) );
[then]说明任务逾期情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "截至" + $d + ",任务已过完成时限" + $deadline + "仍未完成", Map.of( "asOf", $d.toString(), "deadline", $deadline.toString() ) ) );
[then]说明指标临期情况=insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "截至" + $d + "," + $f.metric() + "目标" + Fmt.target( $f ) + "完成" + Fmt.percent( $c ) + ",距完成时限" + $deadline + "还有" + $left + "天", Map.of( "asOf", $d.toString(), "deadline", $deadline.toString(), "daysLeft", String.valueOf( $left ), "completion", Fmt.percent( $c ) ) ) );
[then]说明任务临期情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "截至" + $d + ",任务尚未完成,距完成时限" + $deadline + "还有" + $left + "天", Map.of( "asOf", $d.toString(), "deadline", $deadline.toString(), "daysLeft", String.valueOf( $left ) ) ) );
[then]说明指标久未报送情况=insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "截至" + $d + "," + $f.metric() + "最近一次报送为" + $date + ",已" + $age + "天未报送", Map.of( "asOf", $d.toString(), "lastReport", $date.toString(), "ageDays", String.valueOf( $age ) ) ) );
[then]说明指标从未报送情况=insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "截至" + $d + "," + $f.metric() + "尚无报送", Map.of( "asOf", $d.toString() ) ) );
[then]说明任务久未报送情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "截至" + $d + ",任务最近一次报送为" + $date + ",已" + $age + "天未报送", Map.of( "asOf", $d.toString(), "lastReport", $date.toString(), "ageDays", String.valueOf( $age ) ) ) );
[then]说明任务从未报送情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "截至" + $d + ",任务尚无报送", Map.of( "asOf", $d.toString() ) ) );
[then]说明进度倒退情况=insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "截至" + $d + "," + Fmt.actual( $f, $v ) + "(" + $date + "),低于上次报送(" + $pdate + ")的" + Fmt.value( $pv ) + $f.printedUnit(), Map.of( "asOf", $d.toString(), "latest", Fmt.value( $v ), "previous", Fmt.value( $pv ) ) ) );
[then]说明预测不达标情况=java.math.BigDecimal forecast = Calc.project( $v, $dueDays, $days ).setScale( 2, java.math.RoundingMode.HALF_UP ); insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "按" + $date + Fmt.actual( $f, $v ) + "推算," + $due + "可完成" + Fmt.value( forecast ) + $f.printedUnit() + ",低于目标" + Fmt.target( $f ), Map.of( "asOf", $d.toString(), "latest", Fmt.value( $v ), "forecast", Fmt.value( forecast ), "target", Fmt.target( $f ) ) ) );
[then]说明阶段目标未达标情况=insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "截至" + $end + "(" + $period + ")," + Fmt.actual( $f, $v ) + ",未达到阶段目标" + Fmt.target( $f ), Map.of( "asOf", $d.toString(), "periodEnd", $end.toString(), "actual", Fmt.value( $v ), "target", Fmt.target( $f ) ) ) );
[then]说明阶段末无报送情况=insertLogical( new RiskFlag( $t, OptionalInt.of( $p ), code, light, drools.getRule().getName(), "截至" + $end + "(" + $period + ")," + $f.metric() + "无报送,未达到阶段目标" + Fmt.target( $f ), Map.of( "asOf", $d.toString(), "periodEnd", $end.toString(), "target", Fmt.target( $f ) ) ) );
[then]说明红灯已追赶情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "截至" + $d + ",任务曾于" + $red.last() + "亮红灯,现已无红灯和滞后预警,持续关注", Map.of( "asOf", $d.toString(), "lastRed", $red.last().toString() ) ) );
[then]说明牵头单位不明情况=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "任务有" + $n + "个责任单位,无法确定牵头单位", Map.of( "units", String.valueOf( $n ) ) ) );
[then]说明"{text}"=insertLogical( new RiskFlag( $t, OptionalInt.empty(), code, light, drools.getRule().getName(), "{text}", Map.of() ) );
#
# ---- 结论: 任务亮灯与得分 ----
[then]任务亮{light}灯=insertLogical( new TaskLight( $t, Light.values()[ "绿蓝黄橙红".indexOf( "{light}" ) ] ) );
[then]满分为{n}分=insert( new ScoreScale( new java.math.BigDecimal( "{n}" ) ) );
[then]任务得{n}分=insertLogical( new TaskScore( $t, Calc.score( new java.math.BigDecimal( "{n}" ) ) ) );
[then]任务按完成比例得{n}分=insertLogical( new TaskScore( $t, Points.proportional( Calc.weightedMean( (java.util.List<TargetScore>) $scores ), new java.math.BigDecimal( "{n}" ) ) ) );
[then]任务按完成情况得分:全面完成{a}分,部分完成{b}分,未完成{c}分=insertLogical( new TaskScore( $t, Points.tiered( Calc.weightedMean( (java.util.List<TargetScore>) $scores ).movePointLeft( 2 ), new java.math.BigDecimal( "{a}" ), new java.math.BigDecimal( "{b}" ), new java.math.BigDecimal( "{c}" ) ) ) );
