<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Identity (Keystone)</source>
        <translation>身份认证（Keystone）</translation>
    </message>
    <message>
        <source>Compute (Nova)</source>
        <translation>计算（Nova）</translation>
    </message>
    <message>
        <source>Images (Glance)</source>
        <translation>镜像（Glance）</translation>
    </message>
    <message>
        <source>Network (Neutron)</source>
        <translation>网络（Neutron）</translation>
    </message>
    <message>
        <source>About Phoenix</source>
        <translation>关于 Phoenix</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phoenix %1&lt;/b&gt;&lt;br&gt;Cloud classroom desktops on OpenStack.</source>
        <translation>&lt;b&gt;Phoenix %1&lt;/b&gt;&lt;br&gt;基于 OpenStack 的云教室桌面。</translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时使用 %2）</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Asking the cloud…</source>
        <translation>正在询问云…</translation>
    </message>
    <message>
        <source>Nova microversion in use</source>
        <translation>正在使用的 Nova 微版本</translation>
    </message>
    <message>
        <source>Not connected: the services&apos; versions show once a cloud is open.</source>
        <translation>未连接：打开云之后将显示各服务的版本。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>not negotiated yet</source>
        <translation>尚未协商</translation>
    </message>
</context>
<context>
    <name>AdoptDialog</name>
    <message>
        <source>Adopt as Phoenix desktops</source>
        <translation>纳管为 Phoenix 桌面</translation>
    </message>
    <message numerus="yes">
        <source>Phoenix will manage %n server(s) as desktops: %1</source>
        <translation>
            <numerusform>Phoenix 将把 %n 台云主机作为桌面管理：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>empty: nobody yet</source>
        <translation>留空：无人占用</translation>
    </message>
    <message>
        <source>Keystone user or roster name</source>
        <translation>Keystone 用户或名单中的姓名</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>所有者(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;First seat:</source>
        <translation>起始座位(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Seat:</source>
        <translation>座位(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Adopt</source>
        <translation>纳管(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ApiParsers</name>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失值</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3, expected %4</source>
        <translation>%1：“%2”是%3，应为%4</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is missing</source>
        <translation>%1：缺少字段“%2”</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is empty</source>
        <translation>%1：字段“%2”为空</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time: &quot;%3&quot;</source>
        <translation>%1：“%2”不是时间：“%3”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; item %3 is %4, expected text</source>
        <translation>%1：“%2”的第 %3 项是%4，应为文本</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; entry &quot;%3&quot; is %4, expected text</source>
        <translation>%1：“%2”的条目“%3”是%4，应为文本</translation>
    </message>
    <message>
        <source>%1[%2] is %3, expected an object</source>
        <translation>%1[%2] 是%3，应为对象</translation>
    </message>
    <message>
        <source>the %1 reply is empty</source>
        <translation>%1的应答为空</translation>
    </message>
    <message>
        <source>the %1 reply is not valid JSON: %2 at byte %3</source>
        <translation>%1的应答不是有效的 JSON：第 %3 字节处%2</translation>
    </message>
    <message>
        <source>the %1 reply is not a JSON object</source>
        <translation>%1的应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: addresses of network &quot;%2&quot; are %3, expected a list</source>
        <translation>%1：网络“%2”的地址是%3，应为列表</translation>
    </message>
    <message>
        <source>%1: &quot;image&quot; is %2, expected an object</source>
        <translation>%1：“image”是%2，应为对象</translation>
    </message>
    <message>
        <source>server</source>
        <translation>云主机</translation>
    </message>
    <message>
        <source>server list</source>
        <translation>云主机列表</translation>
    </message>
    <message>
        <source>the server list&apos;s next link has no marker: %1</source>
        <translation>云主机列表的下一页链接缺少 marker：%1</translation>
    </message>
    <message>
        <source>flavor list</source>
        <translation>规格列表</translation>
    </message>
    <message>
        <source>limits</source>
        <translation>配额限制</translation>
    </message>
    <message>
        <source>instance action list</source>
        <translation>实例操作列表</translation>
    </message>
    <message>
        <source>hypervisor list</source>
        <translation>计算节点列表</translation>
    </message>
    <message>
        <source>remote console</source>
        <translation>远程控制台</translation>
    </message>
    <message>
        <source>the console address is not a URL: %1</source>
        <translation>控制台地址不是 URL：%1</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>镜像列表</translation>
    </message>
    <message>
        <source>the image list&apos;s next link is not a URL: %1</source>
        <translation>镜像列表的下一页链接不是 URL：%1</translation>
    </message>
    <message>
        <source>network list</source>
        <translation>网络列表</translation>
    </message>
    <message>
        <source>subnet list</source>
        <translation>子网列表</translation>
    </message>
    <message>
        <source>port list</source>
        <translation>端口列表</translation>
    </message>
    <message>
        <source>router list</source>
        <translation>路由器列表</translation>
    </message>
    <message>
        <source>floating IP list</source>
        <translation>浮动 IP 列表</translation>
    </message>
    <message>
        <source>floating IP</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>network quota</source>
        <translation>网络配额</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address: &quot;%3&quot;</source>
        <translation>%1：“%2”不是 IP 地址：“%3”</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is out of range (%3), expected a whole number from %4 to %5</source>
        <translation>%1：“%2”超出范围（%3），应为 %4 到 %5 之间的整数</translation>
    </message>
    <message>
        <source>the console address is not an http or https address: %1</source>
        <translation>控制台地址不是 http 或 https 地址：%1</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write to the audit log.</source>
        <translation>无法写入审计日志。</translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation>无法读取审计日志。</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(ies)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Could not export the audit log: %1</source>
        <translation>无法导出审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n audit entr(ies) to %1.</source>
        <translation>
            <numerusform>已将 %n 条审计记录保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>按用户筛选</translation>
    </message>
    <message>
        <source>Desktop name or ID</source>
        <translation>桌面名称或 ID</translation>
    </message>
    <message>
        <source>Filter by desktop</source>
        <translation>按桌面筛选</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>从这一天开始</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Up to and including this day</source>
        <translation>截至这一天（含当天）</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>按操作筛选</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the entries the filter selects as a CSV file</source>
        <translation>将筛选出的记录保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Windows did not accept the start-up entry.</source>
        <translation>Windows 未接受开机启动项。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>BannerWidget</name>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>隐藏消息</translation>
    </message>
</context>
<context>
    <name>BatchListModel</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>，%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n cancelled</source>
        <translation>
            <numerusform>，%n 个已取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>，%n 个运行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with warnings</source>
        <translation>
            <numerusform>，%n 个有警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: all %2 done.</source>
        <translation>%1：全部 %2 个已完成。</translation>
    </message>
    <message numerus="yes">
        <source>%1: done, %n with warnings.</source>
        <translation>
            <numerusform>%1：已完成，%n 个有警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>batch title: summary</comment>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Aisle</source>
        <translation>过道</translation>
    </message>
    <message>
        <source>No seat</source>
        <translation>无座位</translation>
    </message>
    <message>
        <source>Extra desktop</source>
        <translation>额外桌面</translation>
    </message>
    <message>
        <source>Teacher: %1</source>
        <translation>教师：%1</translation>
    </message>
    <message>
        <source>Seat %1: %2</source>
        <translation>座位 %1：%2</translation>
    </message>
    <message>
        <source>Desktop: %1 (%2)</source>
        <translation>桌面：%1（%2）</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>座位 %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>The Phoenix database is not open.</source>
        <translation>Phoenix 数据库未打开。</translation>
    </message>
    <message>
        <source>No courses yet.</source>
        <translation>还没有课程。</translation>
    </message>
    <message>
        <source>None of your courses has a lesson.</source>
        <translation>您的课程都没有安排课时。</translation>
    </message>
    <message>
        <source>No lesson in the coming week.</source>
        <translation>未来一周没有课时。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message numerus="yes">
        <source>starts in %n min</source>
        <translation>
            <numerusform>%n 分钟后开始</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2, %3 (%4)</source>
        <translation>%1 在 %2 上课，%3（%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) need a fix</source>
        <translation>
            <numerusform>%n 个座位需要修复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra desktop(s) supplied</source>
        <translation>
            <numerusform>已补充 %n 个额外桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>started by hand</source>
        <translation>手动开始</translation>
    </message>
    <message>
        <source>Nothing to fix: every desktop is ready or being worked on.</source>
        <translation>无需修复：每个桌面都已就绪或正在处理中。</translation>
    </message>
    <message numerus="yes">
        <source>Fix all: %n task(s) started for %1.</source>
        <translation>
            <numerusform>全部修复：已为 %1 启动 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>正在开始 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Supplying %n more desktop(s)…</source>
        <translation>
            <numerusform>正在补充 %n 个桌面…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>课时(&amp;L)：</translation>
    </message>
    <message>
        <source>Now or next</source>
        <translation>当前或下一节</translation>
    </message>
    <message>
        <source>The one after</source>
        <translation>再下一节</translation>
    </message>
    <message>
        <source>&amp;Fix all</source>
        <translation>全部修复(&amp;F)</translation>
    </message>
    <message>
        <source>Create the missing desktops and start, resume or repair the others now</source>
        <translation>立即创建缺少的桌面，并启动、恢复或修复其他桌面</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>立即开始(&amp;S)</translation>
    </message>
    <message>
        <source>Begin the lesson now: its desktops are prepared at once</source>
        <translation>现在开始上课：立即准备其桌面</translation>
    </message>
    <message>
        <source>&amp;Extend 10 min</source>
        <translation>延长 10 分钟(&amp;E)</translation>
    </message>
    <message>
        <source>The lesson ends 10 minutes later; its desktops stay on</source>
        <translation>课时推迟 10 分钟结束；其桌面保持开启</translation>
    </message>
    <message>
        <source>Su&amp;pply 2 more</source>
        <translation>再补充 2 个(&amp;P)</translation>
    </message>
    <message>
        <source>Two more desktops for the lesson, for guests or broken seats</source>
        <translation>为本课时再增加两个桌面，供来宾或故障座位使用</translation>
    </message>
    <message>
        <source>Seats of the lesson</source>
        <translation>本课时的座位</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>A term needs a name.</source>
        <translation>学期需要名称。</translation>
    </message>
    <message>
        <source>Term %1 saved: %2 – %3.</source>
        <translation>学期 %1 已保存：%2 – %3。</translation>
    </message>
    <message>
        <source>The holiday ends before it starts.</source>
        <translation>假期的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Holiday saved: %1 – %2. No lesson runs and no desktop is warmed on these days.</source>
        <translation>假期已保存：%1 – %2。这些日子不上课，也不预热桌面。</translation>
    </message>
    <message>
        <source>Make-up day saved: %1 is taught as a %2.</source>
        <translation>调课日已保存：%1 按%2的课表上课。</translation>
    </message>
    <message>
        <source>Term %1 removed.</source>
        <translation>学期 %1 已删除。</translation>
    </message>
    <message>
        <source>Holiday from %1 removed.</source>
        <translation>从 %1 开始的假期已删除。</translation>
    </message>
    <message>
        <source>Make-up day %1 removed.</source>
        <translation>调课日 %1 已删除。</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>假期</translation>
    </message>
    <message>
        <source>Make-up days</source>
        <translation>调课日</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Taught as</source>
        <translation>按此日课表</translation>
    </message>
    <message>
        <source>Term name</source>
        <translation>学期名称</translation>
    </message>
    <message>
        <source>First day of the term</source>
        <translation>学期第一天</translation>
    </message>
    <message>
        <source>Last day of the term</source>
        <translation>学期最后一天</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>假期名称</translation>
    </message>
    <message>
        <source>First day of the holiday</source>
        <translation>假期第一天</translation>
    </message>
    <message>
        <source>Last day of the holiday</source>
        <translation>假期最后一天</translation>
    </message>
    <message>
        <source>Make-up day name</source>
        <translation>调课日名称</translation>
    </message>
    <message>
        <source>Make-up day</source>
        <translation>调课日</translation>
    </message>
    <message>
        <source>Taught as weekday</source>
        <translation>按星期几上课</translation>
    </message>
    <message>
        <source>The make-up day follows the timetable of this weekday.</source>
        <translation>调课日按这一天（星期几）的课表上课。</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>添加学期</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>添加假期</translation>
    </message>
    <message>
        <source>Add make-up day</source>
        <translation>添加调课日</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>删除学期</translation>
    </message>
    <message>
        <source>Remove holiday</source>
        <translation>删除假期</translation>
    </message>
    <message>
        <source>Remove make-up day</source>
        <translation>删除调课日</translation>
    </message>
</context>
<context>
    <name>CapacityAudit</name>
    <message>
        <source>%1 GB RAM</source>
        <translation>%1 GB 内存</translation>
    </message>
    <message>
        <source>%1 MB RAM</source>
        <translation>%1 MB 内存</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s)</source>
        <translation>
            <numerusform>%n 个 vCPU</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GB disk</source>
        <translation>%1 GB 磁盘</translation>
    </message>
    <message numerus="yes">
        <source>%n floating IP(s)</source>
        <translation>
            <numerusform>%n 个浮动 IP</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list of what is short</comment>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>%1 short at %2</source>
        <translation>%2 时缺少%1</translation>
    </message>
</context>
<context>
    <name>ClassReadiness</name>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%1/%2 已就绪</translation>
    </message>
    <message>
        <source>Class desktops: %1 of %2 ready</source>
        <translation>班级桌面：%1/%2 已就绪</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>No address</source>
        <translation>无地址</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No desktop yet</source>
        <translation>尚无桌面</translation>
    </message>
    <message>
        <source>Being created</source>
        <translation>正在创建</translation>
    </message>
    <message>
        <source>The desktop is in ERROR</source>
        <translation>桌面处于 ERROR 状态</translation>
    </message>
    <message>
        <source>ERROR: %1</source>
        <translation>ERROR：%1</translation>
    </message>
    <message>
        <source>A task is working on it</source>
        <translation>有任务正在处理它</translation>
    </message>
    <message>
        <source>The cloud is busy: %1</source>
        <translation>云正忙：%1</translation>
    </message>
    <message>
        <source>The desktop is %1</source>
        <translation>桌面状态为 %1</translation>
    </message>
    <message>
        <source>ACTIVE, but without an address</source>
        <translation>处于 ACTIVE 状态，但没有地址</translation>
    </message>
    <message>
        <source>Its remote-desktop port did not answer</source>
        <translation>其远程桌面端口没有响应</translation>
    </message>
</context>
<context>
    <name>ClassroomViews</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Readiness board</source>
        <translation>就绪看板</translation>
    </message>
    <message>
        <source>Seating plans</source>
        <translation>座位表</translation>
    </message>
    <message>
        <source>The seats of a lesson and whether their desktops are ready</source>
        <translation>课时的座位及其桌面是否就绪</translation>
    </message>
</context>
<context>
    <name>ClientLauncher</name>
    <message>
        <source>No remote-desktop client to start.</source>
        <translation>没有可启动的远程桌面客户端。</translation>
    </message>
    <message>
        <source>Could not write the connection file: %1</source>
        <translation>无法写入连接文件：%1</translation>
    </message>
    <message>
        <source>Could not start the remote-desktop client “%1”. Check Settings › Remote desktop.</source>
        <translation>无法启动远程桌面客户端“%1”。请检查 设置 › 远程桌面。</translation>
    </message>
</context>
<context>
    <name>CloudCatalog</name>
    <message>
        <source>images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>flavors</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>routers</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>floating IPs</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>New name: %1</source>
        <translation>新名称：%1</translation>
    </message>
    <message>
        <source>Rename image</source>
        <translation>重命名镜像</translation>
    </message>
    <message>
        <source>Change image visibility</source>
        <translation>更改镜像可见性</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>删除镜像</translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation>释放浮动 IP</translation>
    </message>
    <message>
        <source>Adopt server</source>
        <translation>纳管云主机</translation>
    </message>
    <message>
        <source>Disable compute host</source>
        <translation>停用计算主机</translation>
    </message>
    <message>
        <source>Enable compute host</source>
        <translation>启用计算主机</translation>
    </message>
    <message>
        <source>Drain compute host</source>
        <translation>腾空计算主机</translation>
    </message>
    <message>
        <source>Evacuate compute host</source>
        <translation>疏散计算主机</translation>
    </message>
    <message>
        <source>Reset desktop state</source>
        <translation>重置桌面状态</translation>
    </message>
</context>
<context>
    <name>CloudConfigLoader</name>
    <message>
        <source>The cloud &quot;%1&quot; is missing %2.</source>
        <translation>云“%1”缺少 %2。</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; turns TLS verification off (verify: false). Phoenix always verifies certificates: give the CA with &quot;cacert&quot; instead.</source>
        <translation>云“%1”关闭了 TLS 验证（verify: false）。Phoenix 始终验证证书：请改用“cacert”指定 CA 证书。</translation>
    </message>
    <message>
        <source>The CA certificate &quot;%1&quot; of cloud &quot;%2&quot; does not exist.</source>
        <translation>云“%2”的 CA 证书“%1”不存在。</translation>
    </message>
    <message>
        <source>clouds.yaml is not valid YAML: %1</source>
        <translation>clouds.yaml 不是有效的 YAML：%1</translation>
    </message>
    <message>
        <source>clouds.yaml has no &quot;clouds&quot; section.</source>
        <translation>clouds.yaml 中没有“clouds”部分。</translation>
    </message>
    <message>
        <source>There is no cloud named &quot;%1&quot; in clouds.yaml.</source>
        <translation>clouds.yaml 中没有名为“%1”的云。</translation>
    </message>
    <message>
        <source>secure.yaml is not valid YAML: %1</source>
        <translation>secure.yaml 不是有效的 YAML：%1</translation>
    </message>
    <message>
        <source>No cloud is configured: set OS_CLOUD or choose a cloud from clouds.yaml, or set OS_AUTH_URL and the other OS_* variables.</source>
        <translation>未配置云：请设置 OS_CLOUD 或从 clouds.yaml 中选择一个云，或者设置 OS_AUTH_URL 及其他 OS_* 变量。</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; was asked for, but no clouds.yaml was found (looked in %2).</source>
        <translation>指定了云“%1”，但找不到 clouds.yaml（已查找：%2）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>There is no cloud named &quot;%1&quot; in %2 (the first clouds.yaml found; looked in %3). Clouds there: %4.</source>
        <translation>%2 中没有名为“%1”的云（这是找到的第一个 clouds.yaml；查找过 %3）。其中的云：%4。</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; signs in over plain http:// (%2), and TLS is required: the password would cross the network unencrypted. Use its https:// address.</source>
        <translation>云“%1”通过明文 http://（%2）登录，而当前要求使用 TLS：密码将以未加密方式在网络上传输。请使用它的 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>CloudError</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>The operation did not finish in time.</source>
        <translation>操作未能按时完成。</translation>
    </message>
    <message>
        <source>The cloud sent a reply Phoenix cannot read (%1).</source>
        <translation>云返回了 Phoenix 无法识别的应答（%1）。</translation>
    </message>
    <message>
        <source>The cloud refused the connection. Check the address and that the service is running.</source>
        <translation>云拒绝了连接。请检查地址，并确认服务正在运行。</translation>
    </message>
    <message>
        <source>The cloud&apos;s host name could not be found. Check the address and your network.</source>
        <translation>找不到云的主机名。请检查地址和网络。</translation>
    </message>
    <message>
        <source>The cloud did not answer in time.</source>
        <translation>云未能及时应答。</translation>
    </message>
    <message>
        <source>The cloud&apos;s certificate could not be verified (%1). Add its CA certificate to the connection.</source>
        <translation>无法验证云的证书（%1）。请在连接中添加其 CA 证书。</translation>
    </message>
    <message>
        <source>The cloud closed the connection unexpectedly.</source>
        <translation>云意外关闭了连接。</translation>
    </message>
    <message>
        <source>Could not reach the cloud: %1</source>
        <translation>无法访问云：%1</translation>
    </message>
    <message>
        <source>The cloud rejected the request as invalid%1.</source>
        <translation>云认为请求无效，已拒绝%1。</translation>
    </message>
    <message>
        <source>The cloud did not accept your credentials; sign in again%1.</source>
        <translation>云不接受您的凭据，请重新登录%1。</translation>
    </message>
    <message>
        <source>You are not allowed to do this%1.</source>
        <translation>您无权执行此操作%1。</translation>
    </message>
    <message>
        <source>It no longer exists in the cloud%1.</source>
        <translation>该对象在云中已不存在%1。</translation>
    </message>
    <message>
        <source>The cloud refused because of the current state%1. Try again when it has settled.</source>
        <translation>由于当前状态，云拒绝了请求%1。请待状态稳定后重试。</translation>
    </message>
    <message>
        <source>The cloud is limiting requests or a quota is exhausted%1.</source>
        <translation>云正在限制请求，或配额已用尽%1。</translation>
    </message>
    <message>
        <source>The cloud failed internally%1.</source>
        <translation>云内部出错%1。</translation>
    </message>
    <message>
        <source>The cloud service is unavailable right now%1.</source>
        <translation>云服务暂时不可用%1。</translation>
    </message>
    <message>
        <source>The cloud answered with error %1%2.</source>
        <translation>云返回错误 %1%2。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>The user name or password is wrong (or the application credential&apos;s secret, or the domain).</source>
        <translation>用户名或密码错误（或应用凭据的密钥、域不正确）。</translation>
    </message>
    <message>
        <source>The cloud redirected the request to another server (%1). Phoenix follows redirects only within the same server, so that your token and password go nowhere else.</source>
        <translation>云将请求重定向到了另一台服务器（%1）。Phoenix 只跟随同一服务器内的重定向，以免您的令牌和密码被发往别处。</translation>
    </message>
</context>
<context>
    <name>CloudLookup</name>
    <message>
        <source>No %1 is named &quot;%2&quot; or has that ID.</source>
        <translation>没有名称或 ID 为“%2”的%1。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by %2 %3s: give the ID instead.</source>
        <translation>有 %2 个%3使用名称“%1”：请改用 ID。</translation>
    </message>
</context>
<context>
    <name>CloudSession</name>
    <message>
        <source>The CA certificate file %1 holds no certificate.</source>
        <translation>CA 证书文件 %1 中没有证书。</translation>
    </message>
    <message>
        <source>This cloud is reached over plain http:// (%1): your password and the session&apos;s token cross the network unencrypted. Ask for its https:// address, or refuse plain http with &quot;Require TLS&quot;.</source>
        <translation>此云通过明文 http://（%1）访问：您的密码和会话令牌以未加密方式在网络上传输。请索取它的 https:// 地址，或用“要求 TLS”拒绝明文 http。</translation>
    </message>
</context>
<context>
    <name>ComputeApi</name>
    <message>
        <source>The action needs &quot;%1&quot;.</source>
        <translation>此操作需要“%1”。</translation>
    </message>
    <message>
        <source>the snapshot reply names no image</source>
        <translation>快照应答中没有镜像</translation>
    </message>
    <message>
        <source>server list</source>
        <translation>云主机列表</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>云(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Auth URL:</source>
        <translation>认证 URL(&amp;A)：</translation>
    </message>
    <message>
        <source>User &amp;domain:</source>
        <translation>用户域(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;roject:</source>
        <translation>项目(&amp;R)：</translation>
    </message>
    <message>
        <source>Project d&amp;omain:</source>
        <translation>项目域(&amp;O)：</translation>
    </message>
    <message>
        <source>Re&amp;gion (optional):</source>
        <translation>区域（可选）(&amp;G)：</translation>
    </message>
    <message>
        <source>CA certificate file (optional):</source>
        <translation>CA 证书文件（可选）：</translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation>凭据 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>No clouds.yaml found. Looked in:
%1</source>
        <translation>找不到 clouds.yaml。已查找：
%1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Enter the application credential secret.</source>
        <translation>请输入应用凭据的密钥。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Asking the keyring again…</source>
        <translation>正在重新询问密钥环…</translation>
    </message>
    <message>
        <source>Connect to a cloud</source>
        <translation>连接到云</translation>
    </message>
    <message>
        <source>clouds.yaml</source>
        <translation>clouds.yaml</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>应用凭据</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keyring</source>
        <translation>在系统密钥环中记住密码(&amp;K)</translation>
    </message>
    <message>
        <source>Stored with the operating system&apos;s keyring (GNOME Keyring, KWallet, …), never in a file</source>
        <translation>保存在操作系统的密钥环中（GNOME Keyring、KWallet 等），绝不写入文件</translation>
    </message>
    <message>
        <source>only if clouds.yaml has none</source>
        <translation>仅当 clouds.yaml 中没有密码时填写</translation>
    </message>
    <message>
        <source>a name for the Cloud menu (optional)</source>
        <translation>在“云”菜单中显示的名称（可选）</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the keyring for the saved password again</source>
        <translation>重新向密钥环获取已保存的密码</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>There is no saved connection called “%1”.</source>
        <translation>没有名为“%1”的已保存连接。</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>请输入 %1 的密码。</translation>
    </message>
    <message>
        <source>Enter the application credential secret.</source>
        <translation>请输入应用凭据的密钥。</translation>
    </message>
</context>
<context>
    <name>ConnectionPlan</name>
    <message>
        <source>The desktop has no address yet.</source>
        <translation>桌面还没有地址。</translation>
    </message>
    <message>
        <source>The desktop has no address this computer can reach.</source>
        <translation>桌面没有本机可以访问的地址。</translation>
    </message>
    <message>
        <source>The remote-desktop command in the settings cannot be read.</source>
        <translation>无法解析设置中的远程桌面命令。</translation>
    </message>
    <message>
        <source>No SPICE client found: install remote-viewer (virt-viewer).</source>
        <translation>未找到 SPICE 客户端：请安装 remote-viewer（virt-viewer）。</translation>
    </message>
    <message>
        <source>No remote-desktop client found: install xfreerdp (freerdp2-x11) or Remmina, or set a command in Settings › Remote desktop.</source>
        <translation>未找到远程桌面客户端：请安装 xfreerdp（freerdp2-x11）或 Remmina，或在 设置 › 远程桌面 中设置命令。</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Esc</source>
        <translation>Ctrl+Shift+Esc</translation>
    </message>
    <message>
        <source>Alt+Tab</source>
        <translation>Alt+Tab</translation>
    </message>
    <message>
        <source>Alt+F4</source>
        <translation>Alt+F4</translation>
    </message>
    <message>
        <source>Super (Windows key)</source>
        <translation>Super（Windows 键）</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F1</source>
        <translation>Ctrl+Alt+F1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F2</source>
        <translation>Ctrl+Alt+F2</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F7</source>
        <translation>Ctrl+Alt+F7</translation>
    </message>
    <message>
        <source>The cloud connection is closed.</source>
        <translation>与云的连接已关闭。</translation>
    </message>
    <message>
        <source>Console — %1</source>
        <translation>控制台 — %1</translation>
    </message>
    <message>
        <source>Send Ctrl+Alt+Del</source>
        <translation>发送 Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Sends Ctrl+Alt+Del to the desktop</source>
        <translation>向桌面发送 Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Send keys</source>
        <comment>console toolbar: a menu of key combinations</comment>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>Scale to window</source>
        <translation>缩放到窗口</translation>
    </message>
    <message>
        <source>Scale the desktop&apos;s screen to the window; off: one screen pixel per pixel (1:1)</source>
        <translation>将桌面画面缩放到窗口大小；关闭时：桌面的一个像素对应屏幕的一个像素（1:1）</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>全屏（F11）</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>仅查看</translation>
    </message>
    <message>
        <source>Watch without sending keyboard or mouse input</source>
        <translation>只观看，不发送键盘或鼠标输入</translation>
    </message>
    <message>
        <source>Send clipboard</source>
        <translation>发送剪贴板</translation>
    </message>
    <message>
        <source>Sends this computer&apos;s clipboard text to the desktop&apos;s clipboard</source>
        <translation>将本机剪贴板中的文本发送到桌面的剪贴板</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>Asks the cloud for a new console token and connects again</source>
        <translation>向云请求新的控制台令牌并重新连接</translation>
    </message>
    <message>
        <source>Asking the cloud for a console…</source>
        <translation>正在向云请求控制台…</translation>
    </message>
    <message>
        <source>This console asks for a VNC password, which Nova&apos;s consoles never do; Phoenix cannot open it.</source>
        <translation>此控制台要求输入 VNC 密码，而 Nova 的控制台从不这样要求；Phoenix 无法打开它。</translation>
    </message>
    <message>
        <source>The console is closed.</source>
        <translation>控制台已关闭。</translation>
    </message>
    <message>
        <source>Reconnecting with a new token in %1 s (try %2 of %3)…</source>
        <translation>%1 秒后使用新令牌重新连接（第 %2 次，共 %3 次）…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connecting to the desktop…</source>
        <translation>正在连接到桌面…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <comment>screen resolution</comment>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <comment>bytes per second</comment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>view only</source>
        <translation>仅查看</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>CourseCheck</name>
    <message>
        <source>The course needs a code.</source>
        <translation>课程需要代码。</translation>
    </message>
    <message>
        <source>The code may not contain spaces or commas.</source>
        <translation>代码不能包含空格或逗号。</translation>
    </message>
    <message>
        <source>There is a course %1 already.</source>
        <translation>已有课程 %1。</translation>
    </message>
    <message>
        <source>The course needs a name.</source>
        <translation>课程需要名称。</translation>
    </message>
    <message>
        <source>The course needs a teacher (a Keystone user name).</source>
        <translation>课程需要教师（Keystone 用户名）。</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>最后一天早于第一天。</translation>
    </message>
    <message>
        <source>Choose the image, the flavor and the network of the desktops.</source>
        <translation>请选择桌面的镜像、规格和网络。</translation>
    </message>
    <message>
        <source>The naming template needs {owner} or {seat} so that every desktop gets its own name.</source>
        <translation>命名模板需要包含 {owner} 或 {seat}，这样每个桌面才有自己的名称。</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>容量不能为负数。</translation>
    </message>
    <message>
        <source>There is no classroom %1.</source>
        <translation>没有教室 %1。</translation>
    </message>
    <message>
        <source>The classroom %1 has %2 seats, fewer than the capacity %3.</source>
        <translation>教室 %1 有 %2 个座位，少于容量 %3。</translation>
    </message>
    <message>
        <source>The roster has %1 students, more than the capacity %2.</source>
        <translation>名单有 %1 名学生，超过容量 %2。</translation>
    </message>
    <message>
        <source>The grace period cannot be negative.</source>
        <translation>宽限时间不能为负数。</translation>
    </message>
    <message>
        <source>%1 has a lesson running until %2; stop it first.</source>
        <translation>%1 有一节课要上到 %2；请先停止它。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n desktop(s); delete them first.</source>
        <translation>
            <numerusform>%1 还有 %n 个桌面；请先删除它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Does not fit the project&apos;s quota: %1 (with %2).</source>
        <translation>超出项目配额：%1（加上 %2）。</translation>
    </message>
    <message>
        <source>No lessons yet; the quota holds what stands now (%1 desktops).</source>
        <translation>还没有课；配额足够现有的桌面（%1 个）。</translation>
    </message>
    <message numerus="yes">
        <source>Fits the project&apos;s quota. Busiest moment %1: %n desktop(s), %2 vCPUs, %3.</source>
        <translation>
            <numerusform>在项目配额之内。最繁忙时刻 %1：%n 个桌面，%2 个 vCPU，%3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseEditor</name>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Teacher:</source>
        <translation>教师(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>容量(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation>规格(&amp;F)：</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>网络(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <source>Na&amp;ming template:</source>
        <translation>命名模板(&amp;M)：</translation>
    </message>
    <message>
        <source>After &amp;lessons:</source>
        <translation>下课后(&amp;L)：</translation>
    </message>
    <message>
        <source>Class&amp;room:</source>
        <translation>教室(&amp;R)：</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>容量：</translation>
    </message>
    <message>
        <source>%1 (%2 vCPU, %3, %4 GB disk)</source>
        <translation>%1（%2 vCPU，%3，%4 GB 磁盘）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seat(s))</source>
        <translation>
            <numerusform>%1（%n 个座位）</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a flavor to check the quota.</source>
        <translation>选择规格以检查配额。</translation>
    </message>
    <message>
        <source>Checking the quota…</source>
        <translation>正在检查配额…</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>新建课程</translation>
    </message>
    <message>
        <source>Edit course %1</source>
        <translation>编辑课程 %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Without dates the course runs whenever it has lessons.</source>
        <translation>不设日期时，课程在有课的任何时候进行。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Capacity: most students on the roster</source>
        <translation>容量：名单上的最多学生数</translation>
    </message>
    <message>
        <source> min after the end</source>
        <translation> 分钟（下课后）</translation>
    </message>
    <message>
        <source>Grace period in minutes</source>
        <translation>宽限时间（分钟）</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Fields: {course}, {seat}, {seat:02}, {owner}</source>
        <translation>字段：{course}、{seat}、{seat:02}、{owner}</translation>
    </message>
    <message>
        <source>Keystone user name</source>
        <translation>Keystone 用户名</translation>
    </message>
    <message>
        <source>Capacity audit</source>
        <translation>容量审核</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message numerus="yes">
        <source>After each lesson (plus %n minute(s) of grace) the desktops are: %1</source>
        <translation>
            <numerusform>每节课后（再加 %n 分钟宽限）桌面将：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>After lessons</source>
        <translation>下课后</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课次</translation>
    </message>
</context>
<context>
    <name>CourseTabs</name>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>课表</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>校历</translation>
    </message>
    <message>
        <source>Courses, their rosters, and the classrooms</source>
        <translation>课程、名单和教室</translation>
    </message>
    <message>
        <source>The weekly timetable of a classroom, a teacher or a course</source>
        <translation>教室、教师或课程的每周课表</translation>
    </message>
    <message>
        <source>Terms, holidays and make-up days</source>
        <translation>学期、假期和调课日</translation>
    </message>
</context>
<context>
    <name>CoursesView</name>
    <message>
        <source>Courses, rosters and the timetable are kept in the Phoenix database of a connected cloud.</source>
        <translation>课程、名单和课表保存在已连接云的 Phoenix 数据库中。</translation>
    </message>
    <message>
        <source>Course %1 saved.</source>
        <translation>课程 %1 已保存。</translation>
    </message>
    <message>
        <source>Delete course</source>
        <translation>删除课程</translation>
    </message>
    <message>
        <source>Delete the course %1 with its roster and lessons?</source>
        <translation>删除课程 %1 及其名单和课次？</translation>
    </message>
    <message>
        <source>Course %1 deleted with its roster and lessons.</source>
        <translation>课程 %1 及其名单和课次已删除。</translation>
    </message>
    <message>
        <source>A classroom needs a name.</source>
        <translation>教室需要名称。</translation>
    </message>
    <message>
        <source>Classroom %1 saved.</source>
        <translation>教室 %1 已保存。</translation>
    </message>
    <message>
        <source>A classroom has at least one seat.</source>
        <translation>教室至少要有一个座位。</translation>
    </message>
    <message>
        <source>Classroom %1 is the classroom of %2; choose another classroom for them first.</source>
        <translation>教室 %1 是 %2 的教室；请先为它们选择其他教室。</translation>
    </message>
    <message>
        <source>Classroom %1 deleted.</source>
        <translation>教室 %1 已删除。</translation>
    </message>
    <message>
        <source>Filter courses</source>
        <translation>筛选课程</translation>
    </message>
    <message>
        <source>&amp;New course…</source>
        <translation>新建课程(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Roster…</source>
        <translation>名单(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Classrooms</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Classrooms; edit the seats in place</source>
        <translation>教室；可直接编辑座位数</translation>
    </message>
    <message>
        <source>New classroom</source>
        <translation>新建教室</translation>
    </message>
    <message>
        <source>New classroom name</source>
        <translation>新教室名称</translation>
    </message>
    <message>
        <source>Seats of the new classroom</source>
        <translation>新教室的座位数</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> 个座位</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Delete classroom</source>
        <translation>删除教室</translation>
    </message>
</context>
<context>
    <name>CreateDesktopDialog</name>
    <message>
        <source>%1 — %2 vCPU, %3 GB RAM, %4 GB disk</source>
        <translation>%1 — %2 vCPU，%3 GB 内存，%4 GB 磁盘</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>%1: %2 in use + %3 new = %4 of %5</source>
        <translation>%1：已用 %2 + 新增 %3 = %4 / %5</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>课程(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Flavor:</source>
        <translation>规格(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>到期时间(&amp;X)：</translation>
    </message>
    <message>
        <source>First &amp;seat:</source>
        <translation>起始座位(&amp;S)：</translation>
    </message>
    <message>
        <source>Name &amp;template:</source>
        <translation>命名模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) will be created</source>
        <translation>
            <numerusform>将创建 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped because they exist already</source>
        <translation>
            <numerusform>，%n 个已存在，将跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with errors</source>
        <translation>
            <numerusform>，%n 个有错误</numerusform>
        </translation>
    </message>
    <message>
        <source>Quota: not known yet.</source>
        <translation>配额：暂不可知。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quota after creation&lt;/b&gt;</source>
        <translation>&lt;b&gt;创建后的配额&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>This batch does not fit the project&apos;s quota. Create fewer desktops, pick a smaller flavor, or ask for more quota.</source>
        <translation>此批次超出项目配额。请减少桌面数量、选择较小的规格，或申请更多配额。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n desktop(s)</source>
        <translation>
            <numerusform>创建 %n 个桌面(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>Load a roster</source>
        <translation>加载名单</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.txt);;All files (*)</source>
        <translation>名单 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Create %n desktop(s)</source>
        <translation>
            <numerusform>创建 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n desktop(s) for %1</source>
        <translation>
            <numerusform>为 %1 创建 %n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>New desktops</source>
        <translation>新建桌面</translation>
    </message>
    <message>
        <source>One desktop &amp;for:</source>
        <translation>为一个用户创建(&amp;F)：</translation>
    </message>
    <message>
        <source>A n&amp;umber of unowned desktops:</source>
        <translation>若干无所有者的桌面(&amp;U)：</translation>
    </message>
    <message>
        <source>One per user of a r&amp;oster:</source>
        <translation>按名单每人一个(&amp;O)：</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>One user name per line, or paste CSV columns owner,seat (a header row is optional)</source>
        <translation>每行一个用户名，或粘贴 owner,seat 两列 CSV（表头行可选）</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>&amp;Load CSV…</source>
        <translation>加载 CSV(&amp;L)…</translation>
    </message>
    <message>
        <source>Fields: {course} {seat} {seat:02} {owner} {role} {image} {index}</source>
        <translation>字段：{course} {seat} {seat:02} {owner} {role} {image} {index}</translation>
    </message>
    <message>
        <source>Desktops past this time are reclaimed by the scheduler</source>
        <translation>超过此时间的桌面将由调度程序回收</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Preview of the desktops to create</source>
        <translation>待创建桌面预览</translation>
    </message>
    <message>
        <source>Say who gets a desktop (one name, a number, or a roster): every name appears here, with what already exists and will be skipped, before anything is created.</source>
        <translation>指定谁获得桌面（一个用户名、一个数量或一份名单）：在创建之前，所有名称都会列在这里，并标明哪些已存在、将被跳过。</translation>
    </message>
    <message>
        <source>Leave empty for personal (static) desktops</source>
        <translation>留空则创建个人（固定）桌面</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>end of the plan summary sentence</comment>
        <translation>%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>course code (desktops)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>course code — name (desktops)</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No course is chosen, so {course} in the name template is empty and the names come out as “%1”. Choose a course, or a name template without {course}.</source>
        <translation>未选择课程，命名模板中的 {course} 为空，名称会变成“%1”。请选择课程，或使用不含 {course} 的命名模板。</translation>
    </message>
    <message>
        <source>Skipped: exists already</source>
        <translation>跳过：已存在</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>the file is not open for writing</source>
        <translation>文件未以写入方式打开</translation>
    </message>
</context>
<context>
    <name>CtlHosts</name>
    <message>
        <source>There is no compute host &quot;%1&quot; (hosts: %2).</source>
        <translation>没有计算主机“%1”（现有主机：%2）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>启用状态</translation>
    </message>
    <message>
        <source>FORCED DOWN</source>
        <translation>强制下线</translation>
    </message>
    <message>
        <source>VCPU</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <source>RAM MB</source>
        <translation>内存 MB</translation>
    </message>
    <message>
        <source>DISK GB</source>
        <translation>磁盘 GB</translation>
    </message>
    <message>
        <source>DESKTOPS</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2%3
</source>
        <translation>%1：%2%3
</translation>
    </message>
    <message>
        <source>, forced down</source>
        <translation>，强制下线</translation>
    </message>
    <message numerus="yes">
        <source>phoenixctl: %1 %2, %n desktop(s)</source>
        <translation>
            <numerusform>phoenixctl：%1 %2，%n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;hosts&quot; needs a subcommand: list, show, disable, enable, drain, evacuate, reset-state.</source>
        <translation>“hosts”需要子命令：list、show、disable、enable、drain、evacuate、reset-state。</translation>
    </message>
    <message>
        <source>Unknown hosts command &quot;%1&quot;.</source>
        <translation>未知的 hosts 命令“%1”。</translation>
    </message>
    <message>
        <source>Compute hosts (administrators):</source>
        <translation>计算主机（管理员）：</translation>
    </message>
    <message>
        <source>&quot;hosts list&quot; takes no names.</source>
        <translation>“hosts list”不接受名称。</translation>
    </message>
    <message>
        <source>  hosts list [--json]             state, status, capacity, desktops and health of each host
</source>
        <translation>  hosts list [--json]             每台主机的状态、启用状态、容量、桌面和健康状况
</translation>
    </message>
    <message>
        <source>&quot;hosts show&quot; needs exactly one host.</source>
        <translation>“hosts show”需要且只需要一台主机。</translation>
    </message>
    <message>
        <source>  hosts show HOST [--json]        the host and the desktops on it
</source>
        <translation>  hosts show HOST [--json]        该主机及其上的桌面
</translation>
    </message>
    <message>
        <source>&quot;hosts disable&quot; needs exactly one host.</source>
        <translation>“hosts disable”需要且只需要一台主机。</translation>
    </message>
    <message>
        <source>  hosts disable HOST --reason TEXT [--force-down]   no new desktops; --force-down: it is dead
</source>
        <translation>  hosts disable HOST --reason TEXT [--force-down]   不再放置新桌面；--force-down：主机已宕机
</translation>
    </message>
    <message>
        <source>&quot;hosts enable&quot; needs exactly one host.</source>
        <translation>“hosts enable”需要且只需要一台主机。</translation>
    </message>
    <message>
        <source>  hosts enable HOST               enabled again (and no longer forced down)
</source>
        <translation>  hosts enable HOST               重新启用（并取消强制下线）
</translation>
    </message>
    <message>
        <source>&quot;hosts %1&quot; needs exactly one host.</source>
        <translation>“hosts %1”需要且只需要一台主机。</translation>
    </message>
    <message>
        <source>  hosts drain HOST [--target H]   move every desktop off (live; shut-down ones cold)
</source>
        <translation>  hosts drain HOST [--target H]   将所有桌面迁出（热迁移；已关机的冷迁移）
</translation>
    </message>
    <message>
        <source>  hosts evacuate HOST [--target H]  rebuild the desktops of a dead host elsewhere
</source>
        <translation>  hosts evacuate HOST [--target H]  在其他主机上重建已宕机主机的桌面
</translation>
    </message>
    <message>
        <source>&quot;hosts reset-state&quot; needs exactly one desktop.</source>
        <translation>“hosts reset-state”需要且只需要一个桌面。</translation>
    </message>
    <message>
        <source>--state is active or error.</source>
        <translation>--state 只能是 active 或 error。</translation>
    </message>
    <message>
        <source>  hosts reset-state DESKTOP [--state active|error]  clear a stuck desktop&apos;s state (Nova os-resetState)
</source>
        <translation>  hosts reset-state DESKTOP [--state active|error]  清除卡住的桌面的状态（Nova os-resetState）
</translation>
    </message>
    <message>
        <source>No compute hosts.
</source>
        <translation>没有计算主机。
</translation>
    </message>
    <message>
        <source>No desktops on %1.
</source>
        <translation>%1 上没有桌面。
</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1：已跳过：%2</translation>
    </message>
    <message>
        <source>%1 has no desktops to move.
</source>
        <translation>%1 上没有需要迁移的桌面。
</translation>
    </message>
    <message>
        <source>drain</source>
        <translation>腾空</translation>
    </message>
    <message>
        <source>%1 has no desktops to evacuate.
</source>
        <translation>%1 上没有需要疏散的桌面。
</translation>
    </message>
    <message>
        <source>evacuate</source>
        <translation>疏散</translation>
    </message>
    <message>
        <source>%1: state reset to %2
</source>
        <translation>%1：状态已重置为 %2
</translation>
    </message>
    <message>
        <source>No longer forced down.</source>
        <translation>已取消强制下线。</translation>
    </message>
    <message>
        <source>%1 (forced down)</source>
        <translation>%1（强制下线）</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) to %1</source>
        <translation>
            <numerusform>%n 个桌面迁往 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a host the scheduler picks</source>
        <translation>调度器选定的主机</translation>
    </message>
</context>
<context>
    <name>CtlRunner</name>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>CtlTaskWatch</name>
    <message numerus="yes">
        <source>Cancelling %n task(s)… (press Ctrl+C again to quit at once; &quot;phoenixctl tasks retry&quot; runs them again)</source>
        <translation>
            <numerusform>正在取消 %n 个任务…（再按一次 Ctrl+C 立即退出；“phoenixctl tasks retry”可重新运行这些任务）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1：%2…</translation>
    </message>
    <message>
        <source>%1: %2: try %3 failed, trying again: %4</source>
        <translation>%1：%2：第 %3 次尝试失败，正在重试：%4</translation>
    </message>
    <message>
        <source>%1: %2: warning: %3</source>
        <translation>%1：%2：警告：%3</translation>
    </message>
    <message>
        <source>%1: %2 done (%3): %4</source>
        <translation>%1：%2 完成（%3）：%4</translation>
    </message>
    <message>
        <source>%1: %2 done (%3)</source>
        <translation>%1：%2 完成（%3）</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <source>%1: done (%2)</source>
        <translation>%1：完成（%2）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1: failed at %2: %3</source>
        <translation>%1：在“%2”阶段失败：%3</translation>
    </message>
    <message>
        <source>%1: cancelled at %2</source>
        <translation>%1：在“%2”阶段取消</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 cancelled in %4 s</source>
        <translation>%1 个完成，%2 个失败，%3 个已取消，用时 %4 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 个已跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>(batch %1)</source>
        <translation>(批次 %1)</translation>
    </message>
    <message numerus="yes">
        <source>batch %1: %n task(s) journaled, not started; &quot;phoenixctl tasks resume&quot; runs them.
</source>
        <translation>
            <numerusform>批次 %1：已将 %n 个任务记入日志，尚未启动；运行“phoenixctl tasks resume”即可执行。
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: stopped at %2: %3</source>
        <translation>%1：停在%2：%3</translation>
    </message>
    <message>
        <source>Only %1 of %2 task(s) reached the task journal; the others will not run. Check the database and run the command again for the missing desktops.</source>
        <translation>%2 个任务中只有 %1 个写入了任务日志，其余的不会运行。请检查数据库，并为缺少的桌面再次运行该命令。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The Phoenix database is not open.</source>
        <translation>Phoenix 数据库未打开。</translation>
    </message>
    <message>
        <source>Could not open the Phoenix database.</source>
        <translation>无法打开 Phoenix 数据库。</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not understood. Use sqlite:FILE or postgresql://user@host:port/database.</source>
        <translation>无法识别数据库地址“%1”。请使用 sqlite:FILE 或 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>The Phoenix database path %1 is a folder, not a file.</source>
        <translation>Phoenix 数据库路径 %1 是文件夹，而不是文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the Phoenix database. Check that the disk is writable and that you have permission.</source>
        <translation>无法为 Phoenix 数据库创建文件夹 %1。请检查磁盘是否可写以及您是否有权限。</translation>
    </message>
    <message>
        <source>The database address &quot;%1&quot; is not a valid postgresql:// URL.</source>
        <translation>数据库地址“%1”不是有效的 postgresql:// URL。</translation>
    </message>
    <message>
        <source>The database address must name a database: postgresql://user@host/database.</source>
        <translation>数据库地址必须指明数据库：postgresql://user@host/database。</translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; is not valid (lowercase letters, digits and _ only).</source>
        <translation>模式名“%1”无效（只能包含小写字母、数字和 _）。</translation>
    </message>
    <message>
        <source>The database option %1 has an invalid value.</source>
        <translation>数据库选项 %1 的值无效。</translation>
    </message>
    <message>
        <source>The database option &quot;%1&quot; is not supported.</source>
        <translation>不支持数据库选项“%1”。</translation>
    </message>
    <message>
        <source>The disk holding the database is full. Free some space and try again; nothing saved before was lost.</source>
        <translation>数据库所在磁盘已满。请释放一些空间后重试；之前保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>The database file is read-only or you lack permission to write it. Nothing saved before was lost.</source>
        <translation>数据库文件为只读，或您没有写入权限。之前保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>The database is busy: another program is holding it. Try again in a moment.</source>
        <translation>数据库正忙：另一个程序正在占用它。请稍后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged. Restart Phoenix to repair it.</source>
        <translation>数据库文件已损坏。请重新启动 Phoenix 进行修复。</translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1). Check the path and your permissions.</source>
        <translation>无法打开数据库文件（%1）。请检查路径和权限。</translation>
    </message>
    <message>
        <source>The disk reported an input/output error (%1).</source>
        <translation>磁盘报告了输入/输出错误（%1）。</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing saved before was lost.</source>
        <translation>数据库服务器的磁盘已满。之前保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>The database server refuses to write (read-only, or your database account lacks permission). Nothing saved before was lost.</source>
        <translation>数据库服务器拒绝写入（只读，或您的数据库帐户没有权限）。之前保存的内容没有丢失。</translation>
    </message>
    <message>
        <source>Cannot reach the database server (%1).</source>
        <translation>无法访问数据库服务器（%1）。</translation>
    </message>
    <message>
        <source>The database server did not accept the user name or password (%1).</source>
        <translation>数据库服务器不接受该用户名或密码（%1）。</translation>
    </message>
    <message>
        <source>The database does not exist on the server (%1).</source>
        <translation>服务器上不存在该数据库（%1）。</translation>
    </message>
    <message>
        <source>The database server has too many connections. Try again later.</source>
        <translation>数据库服务器的连接数过多。请稍后重试。</translation>
    </message>
    <message>
        <source>The database reported: %1</source>
        <translation>数据库报告：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot create the Phoenix database %1 (%2). Check that the disk is writable and that you have permission.</source>
        <translation>无法创建 Phoenix 数据库 %1（%2）。请检查磁盘是否可写，以及你是否有相应权限。</translation>
    </message>
    <message>
        <source>The database server does not accept encrypted (TLS) connections, and Phoenix requires TLS with a verified certificate for a database on another computer, so that passwords and the journal do not cross the network in clear. Turn on SSL on the server (ssl = on in postgresql.conf) — or, only on a network you trust, add ?sslmode=prefer to the database address.</source>
        <translation>数据库服务器不接受加密（TLS）连接。对于另一台计算机上的数据库，Phoenix 要求使用证书经过验证的 TLS，以免密码和任务日志以明文在网络上传输。请在服务器上启用 SSL（postgresql.conf 中设置 ssl = on）——或者仅在你信任的网络中，在数据库地址后加上 ?sslmode=prefer。</translation>
    </message>
    <message>
        <source>Phoenix checks the database server&apos;s certificate (sslmode=verify-full), but no CA certificate to check it against was found (%1). Put the CA certificate that signed the server&apos;s certificate in ~/.postgresql/root.crt, or add ?sslrootcert=/path/to/ca.pem to the database address.</source>
        <translation>Phoenix 会验证数据库服务器的证书（sslmode=verify-full），但没有找到用于验证的 CA 证书（%1）。请把签发该服务器证书的 CA 证书放到 ~/.postgresql/root.crt，或在数据库地址后加上 ?sslrootcert=/path/to/ca.pem。</translation>
    </message>
    <message>
        <source>The database server&apos;s certificate could not be verified (%1). Check that the address uses the server&apos;s name as written in its certificate and that the right CA certificate is configured (~/.postgresql/root.crt or ?sslrootcert=).</source>
        <translation>无法验证数据库服务器的证书（%1）。请检查地址中使用的是证书上写明的服务器名称，并且配置了正确的 CA 证书（~/.postgresql/root.crt 或 ?sslrootcert=）。</translation>
    </message>
</context>
<context>
    <name>DatabaseSecret</name>
    <message>
        <source>Warning: the database address on the command line contains a password, which every user of this computer can read (for example with &quot;ps&quot;). Remove it from the address and use PGPASSWORD or ~/.pgpass, or save it in the window&apos;s settings (kept in the keyring).</source>
        <translation>警告：命令行中的数据库地址包含密码，这台计算机上的每个用户都能看到（例如用“ps”）。请从地址中去掉密码，改用 PGPASSWORD 或 ~/.pgpass，或者在窗口的设置中保存（保存在密钥环中）。</translation>
    </message>
</context>
<context>
    <name>DesktopActions</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 of %2)</source>
        <translation>(%1/%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>verb desktop-name</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n desktops</source>
        <translation>
            <numerusform>%1 %n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>已开始：%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s)?</source>
        <translation>
            <numerusform>删除 %n 个桌面？</numerusform>
        </translation>
    </message>
    <message>
        <source>The desktops and everything saved on them are removed from the cloud. This cannot be undone.</source>
        <translation>这些桌面及其中保存的所有内容将从云中删除。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n desktop(s)</source>
        <translation>
            <numerusform>删除 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Force-delete %n desktop(s)?</source>
        <translation>
            <numerusform>强制删除 %n 个桌面？</numerusform>
        </translation>
    </message>
    <message>
        <source>Nova deletes them even while they are busy. Everything saved on them is lost. This cannot be undone.</source>
        <translation>即使桌面正忙，Nova 也会将其删除。其中保存的所有内容都将丢失。此操作无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Force-delete %n desktop(s)</source>
        <translation>
            <numerusform>强制删除 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n desktop(s) to a clean image?</source>
        <translation>
            <numerusform>将 %n 个桌面还原为干净镜像？</numerusform>
        </translation>
    </message>
    <message>
        <source>Each desktop is rebuilt from its image: everything saved on it since is lost.</source>
        <translation>每个桌面都将从其镜像重建：此后保存在桌面上的所有内容都将丢失。</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n desktop(s)</source>
        <translation>
            <numerusform>还原 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shut down %n desktop(s)?</source>
        <translation>
            <numerusform>将 %n 个桌面关机？</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever works on them is disconnected and unsaved work is lost.</source>
        <translation>正在使用这些桌面的用户将被断开连接，未保存的工作将丢失。</translation>
    </message>
    <message numerus="yes">
        <source>Shut down %n desktop(s)</source>
        <translation>
            <numerusform>将 %n 个桌面关机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard-reboot %n desktop(s)?</source>
        <translation>
            <numerusform>强制重启 %n 个桌面？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reboot %n desktop(s)?</source>
        <translation>
            <numerusform>重启 %n 个桌面？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hard-reboot %n desktop(s)</source>
        <translation>
            <numerusform>强制重启 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reboot %n desktop(s)</source>
        <translation>
            <numerusform>重启 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shelve %n desktop(s)?</source>
        <translation>
            <numerusform>搁置 %n 个桌面？</numerusform>
        </translation>
    </message>
    <message>
        <source>They are shut down and stored; unshelving takes a few minutes.</source>
        <translation>桌面将关机并被存储；取消搁置需要几分钟。</translation>
    </message>
    <message numerus="yes">
        <source>Shelve %n desktop(s)</source>
        <translation>
            <numerusform>搁置 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the floating IP of %n desktop(s)?</source>
        <translation>
            <numerusform>释放 %n 个桌面的浮动 IP？</numerusform>
        </translation>
    </message>
    <message>
        <source>They can no longer be reached from outside until they get an address again.</source>
        <translation>在重新获得地址之前，将无法从外部访问这些桌面。</translation>
    </message>
    <message numerus="yes">
        <source>Release %n address(es)</source>
        <translation>
            <numerusform>释放 %n 个地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other selected desktop(s) will be left alone: the command does not apply to their state.</source>
        <translation>
            <numerusform>另有 %n 个所选桌面将保持不变：此命令不适用于它们当前的状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <source>Make image from desktop</source>
        <translation>从桌面生成镜像</translation>
    </message>
    <message>
        <source>%1 is shut down, snapshotted and the new image waits until Glance reports it active.

Name of the new image:</source>
        <translation>%1 将关机并创建快照，然后等待 Glance 报告新镜像可用。

新镜像的名称：</translation>
    </message>
    <message>
        <source>Asking Nova for the console of %1…</source>
        <translation>正在向 Nova 请求 %1 的控制台…</translation>
    </message>
    <message>
        <source>Opened the console of %1 in the browser.</source>
        <translation>已在浏览器中打开 %1 的控制台。</translation>
    </message>
    <message>
        <source>Could not open a browser for %1</source>
        <translation>无法为 %1 打开浏览器</translation>
    </message>
    <message>
        <source>No console for %1: %2</source>
        <translation>无法获取 %1 的控制台：%2</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2)…</source>
        <translation>正在连接到 %1（%2）…</translation>
    </message>
    <message>
        <source>Not now: a task is working on the selected desktop; see the task panel.</source>
        <translation>暂不可用：所选桌面上有任务正在执行，请查看任务面板。</translation>
    </message>
    <message>
        <source>Opened the console of %1.</source>
        <translation>已打开 %1 的控制台。</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1（位于 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Live-migrate %1 to another compute host. It keeps running; its users stay connected.</source>
        <translation>将 %1 热迁移到另一台计算主机。桌面保持运行，用户保持连接。</translation>
    </message>
    <message>
        <source>Migrate %1 to another compute host. A running desktop is shut down for the move and started again there: whoever works on it is disconnected.</source>
        <translation>将 %1 迁移到另一台计算主机。运行中的桌面会在迁移时关机，并在目标主机上重新启动：正在使用它的人将断开连接。</translation>
    </message>
    <message>
        <source>The compute hosts could not be read: %1</source>
        <translation>无法读取计算主机：%1</translation>
    </message>
    <message>
        <source>Target host:</source>
        <translation>目标主机：</translation>
    </message>
    <message>
        <source>Let the scheduler choose</source>
        <translation>由调度器选择</translation>
    </message>
    <message>
        <source>Live-migrate</source>
        <translation>热迁移</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
</context>
<context>
    <name>DesktopNaming</name>
    <message>
        <source>The naming template is empty.</source>
        <translation>命名模板为空。</translation>
    </message>
    <message>
        <source>The template needs {seat}, {owner}, {n} or {index}, or every desktop would get the same name.</source>
        <translation>模板中需要包含 {seat}、{owner}、{n} 或 {index}，否则所有桌面都会得到相同的名称。</translation>
    </message>
    <message>
        <source>Unmatched &quot;}&quot; at position %1 of the template.</source>
        <translation>模板第 %1 个字符处的“}”没有匹配项。</translation>
    </message>
    <message>
        <source>Unmatched &quot;{&quot; at position %1 of the template.</source>
        <translation>模板第 %1 个字符处的“{”没有匹配项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number format; write e.g. {seat:02}.</source>
        <translation>“%1”不是数字格式；请写成类似 {seat:02} 的形式。</translation>
    </message>
    <message>
        <source>Unknown field {%1}; use {course}, {seat}, {owner}, {role}, {image}, {n} or {index}.</source>
        <translation>未知字段 {%1}；请使用 {course}、{seat}、{owner}、{role}、{image}、{n} 或 {index}。</translation>
    </message>
    <message>
        <source>Only {seat}, {n} and {index} take a number format.</source>
        <translation>只有 {seat}、{n} 和 {index} 可以指定数字格式。</translation>
    </message>
    <message>
        <source>The template gives an empty name.</source>
        <translation>模板生成的名称为空。</translation>
    </message>
    <message>
        <source>Line %1: a quote is not closed.</source>
        <translation>第 %1 行：引号未闭合。</translation>
    </message>
    <message>
        <source>Line %1: no owner.</source>
        <translation>第 %1 行：没有所有者。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a valid user name.</source>
        <translation>第 %1 行：“%2”不是有效的用户名。</translation>
    </message>
    <message>
        <source>Line %1: seat &quot;%2&quot; is not a positive number.</source>
        <translation>第 %1 行：座位“%2”不是正整数。</translation>
    </message>
    <message>
        <source>Line %1: %2 is already on line %3.</source>
        <translation>第 %1 行：%2 已出现在第 %3 行。</translation>
    </message>
    <message>
        <source>Line %1: seat %2 is already taken on line %3.</source>
        <translation>第 %1 行：座位 %2 已被第 %3 行占用。</translation>
    </message>
    <message>
        <source>Same name as row %1; add {seat} or {owner} to the template.</source>
        <translation>与第 %1 行名称相同；请在模板中加入 {seat} 或 {owner}。</translation>
    </message>
    <message>
        <source>Exists already; skipped.</source>
        <translation>已存在，跳过。</translation>
    </message>
    <message>
        <source>%1 already has %2; skipped.</source>
        <translation>%1 已有 %2，跳过。</translation>
    </message>
</context>
<context>
    <name>DesktopPolicy</name>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Shut &amp;down</source>
        <translation>关机(&amp;D)</translation>
    </message>
    <message>
        <source>Sus&amp;pend</source>
        <translation>挂起(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;boot</source>
        <translation>重启(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Hard reboot</source>
        <translation>强制重启(&amp;H)</translation>
    </message>
    <message>
        <source>Res&amp;tore to clean image…</source>
        <translation>还原为干净镜像(&amp;T)…</translation>
    </message>
    <message>
        <source>She&amp;lve</source>
        <translation>搁置(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Unshelve</source>
        <translation>取消搁置(&amp;U)</translation>
    </message>
    <message>
        <source>Assign &amp;floating IP</source>
        <translation>分配浮动 IP(&amp;F)</translation>
    </message>
    <message>
        <source>Release floating I&amp;P</source>
        <translation>释放浮动 IP(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;console</source>
        <translation>打开控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Co&amp;nnect (remote desktop)</source>
        <translation>连接（远程桌面）(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Make image from desktop…</source>
        <translation>从桌面生成镜像(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Adopt as Phoenix desktop…</source>
        <translation>纳管为 Phoenix 桌面(&amp;A)…</translation>
    </message>
    <message>
        <source>D&amp;elete…</source>
        <translation>删除(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Force delete…</source>
        <translation>强制删除(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Live-migrate to another host…</source>
        <translation>热迁移到其他主机(&amp;L)…</translation>
    </message>
    <message>
        <source>Mi&amp;grate to another host…</source>
        <translation>迁移到其他主机(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>DesktopRoles</name>
    <message>
        <source>Teacher desktop</source>
        <translation>教师桌面</translation>
    </message>
    <message>
        <source>Student desktop</source>
        <translation>学生桌面</translation>
    </message>
    <message>
        <source>Teacher desktops</source>
        <translation>教师桌面</translation>
    </message>
    <message>
        <source>Student desktops</source>
        <translation>学生桌面</translation>
    </message>
</context>
<context>
    <name>DesktopState</name>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>desktop state ACTIVE</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shut down</source>
        <comment>desktop state SHUTOFF</comment>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>正在调度…</translation>
    </message>
    <message>
        <source>Preparing disks…</source>
        <translation>正在准备磁盘…</translation>
    </message>
    <message>
        <source>Connecting network…</source>
        <translation>正在连接网络…</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Suspending…</source>
        <translation>正在挂起…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Shutting down…</source>
        <translation>正在关机…</translation>
    </message>
    <message>
        <source>Rebooting…</source>
        <translation>正在重启…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在还原…</translation>
    </message>
    <message>
        <source>Shelving…</source>
        <translation>正在搁置…</translation>
    </message>
    <message>
        <source>Unshelving…</source>
        <translation>正在取消搁置…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>正在暂停…</translation>
    </message>
    <message>
        <source>Unpausing…</source>
        <translation>正在取消暂停…</translation>
    </message>
    <message>
        <source>Taking snapshot…</source>
        <translation>正在创建快照…</translation>
    </message>
    <message>
        <source>Migrating…</source>
        <translation>正在迁移…</translation>
    </message>
    <message>
        <source>Resizing…</source>
        <translation>正在调整规格…</translation>
    </message>
</context>
<context>
    <name>DesktopTab</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>No desktops match “%1”.</source>
        <translation>没有与“%1”匹配的桌面。</translation>
    </message>
</context>
<context>
    <name>DesktopTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Floating IP</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>创建时长</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Nova status %1</source>
        <translation>Nova 状态：%1</translation>
    </message>
    <message>
        <source>Task state %1</source>
        <translation>任务状态：%1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1失败</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1已取消</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1完成</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1排队中</translation>
    </message>
    <message>
        <source>%1: %2 (%3/%4)</source>
        <comment>task kind: stage (step/steps)</comment>
        <translation>%1：%2 (%3/%4)</translation>
    </message>
    <message>
        <source>(volume)</source>
        <comment>server booted from a volume, no image</comment>
        <translation>（卷）</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable</source>
        <comment>column: does the desktop answer on its remote-desktop port</comment>
        <translation>连通性</translation>
    </message>
    <message>
        <source>Waiting for %1 (%2)</source>
        <comment>protocol (minutes:seconds)</comment>
        <translation>等待 %1 (%2)</translation>
    </message>
    <message>
        <source>Reachable</source>
        <comment>the desktop answers</comment>
        <translation>可连通</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>不可连通</translation>
    </message>
</context>
<context>
    <name>DesktopViews</name>
    <message>
        <source>All courses</source>
        <translation>全部课程</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部所有者</translation>
    </message>
    <message>
        <source>Filter by name, owner, course, address… (Ctrl+F)</source>
        <translation>按名称、所有者、课程、地址等筛选…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>快速筛选</translation>
    </message>
    <message>
        <source>Shows only desktops whose columns contain every word typed here</source>
        <translation>只显示各列中包含此处输入的所有词语的桌面</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Show only desktops in this state</source>
        <translation>只显示处于此状态的桌面</translation>
    </message>
    <message>
        <source>Course filter</source>
        <translation>课程筛选</translation>
    </message>
    <message>
        <source>Show only desktops of this course</source>
        <translation>只显示此课程的桌面</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>所有者筛选</translation>
    </message>
    <message>
        <source>Show only desktops of this owner</source>
        <translation>只显示此所有者的桌面</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>No teacher desktops. Create them with Desktops › New desktops…</source>
        <translation>没有教师桌面。创建方法：桌面 › 新建桌面…</translation>
    </message>
    <message>
        <source>No student desktops. Create a class&apos;s desktops with Desktops › New desktops…</source>
        <translation>没有学生桌面。为班级创建桌面：桌面 › 新建桌面…</translation>
    </message>
    <message>
        <source>No other servers in this project.</source>
        <translation>此项目中没有其他云主机。</translation>
    </message>
    <message>
        <source>Teacher desktops</source>
        <translation>教师桌面</translation>
    </message>
    <message>
        <source>Student desktops</source>
        <translation>学生桌面</translation>
    </message>
    <message>
        <source>Other servers</source>
        <translation>其他云主机</translation>
    </message>
    <message>
        <source>(%1 more: use the quick filter)</source>
        <translation>（另有 %1 项：请使用快速筛选）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Not signed in: nothing could be listed.</source>
        <translation>未登录：无法列出任何内容。</translation>
    </message>
</context>
<context>
    <name>HostRules</name>
    <message>
        <source>OK</source>
        <comment>host health</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>host health</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>host health</comment>
        <translation>宕机</translation>
    </message>
    <message>
        <source>Forced down by an administrator.</source>
        <translation>已被管理员强制下线。</translation>
    </message>
    <message>
        <source>Nova has not heard from its compute service since %1 UTC.</source>
        <translation>自 %1 UTC 起，Nova 未再收到其计算服务的消息。</translation>
    </message>
    <message>
        <source>Nova reports its compute service down.</source>
        <translation>Nova 报告其计算服务已宕机。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) on it.</source>
        <translation>
            <numerusform>其上有 %n 个桌面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled: no new desktops are placed on it.</source>
        <translation>已停用：不会在其上放置新桌面。</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>已停用：%1</translation>
    </message>
    <message>
        <source>Placement reports no resources for it.</source>
        <translation>Placement 未报告其任何资源。</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>%1 %2% used.</source>
        <translation>%1 已用 %2%。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) on it in ERROR.</source>
        <translation>
            <numerusform>其上有 %n 个桌面处于 ERROR 状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>Up and enabled; vCPU %1%, RAM %2%, disk %3% used.</source>
        <translation>在线且已启用；已用 vCPU %1%，内存 %2%，磁盘 %3%。</translation>
    </message>
    <message>
        <source>Busy (%1); drain again when it has settled.</source>
        <translation>繁忙（%1）；待其稳定后再次腾空。</translation>
    </message>
    <message>
        <source>Suspended: Nova moves no suspended desktop; resume or shelve it first.</source>
        <translation>已挂起：Nova 不迁移已挂起的桌面；请先恢复或搁置它。</translation>
    </message>
    <message>
        <source>In ERROR: reset its state first.</source>
        <translation>处于 ERROR 状态：请先重置状态。</translation>
    </message>
    <message>
        <source>%1: cannot be moved.</source>
        <translation>%1：无法迁移。</translation>
    </message>
    <message>
        <source>The target host %1 is down or disabled.</source>
        <translation>目标主机 %1 已宕机或已停用。</translation>
    </message>
    <message>
        <source>There is no compute host %1.</source>
        <translation>没有计算主机 %1。</translation>
    </message>
    <message>
        <source>No other compute host is up and enabled: the desktops have nowhere to go.</source>
        <translation>没有其他在线且已启用的计算主机：桌面无处可迁。</translation>
    </message>
    <message>
        <source>%1 is still up: Nova evacuates only a host that is down. Drain it instead, or force it down if it is really dead.</source>
        <translation>%1 仍在线：Nova 只疏散已宕机的主机。请改为腾空它；如果它确实已宕机，请将其强制下线。</translation>
    </message>
    <message>
        <source>No other compute host is up and enabled: there is nowhere to evacuate to.</source>
        <translation>没有其他在线且已启用的计算主机：无处可疏散。</translation>
    </message>
    <message>
        <source>%1 vCPU</source>
        <translation>%1 个 vCPU</translation>
    </message>
    <message>
        <source>%1 MB RAM</source>
        <translation>%1 MB 内存</translation>
    </message>
    <message>
        <source>%1 GB disk</source>
        <translation>%1 GB 磁盘</translation>
    </message>
    <message>
        <source>No room: the other hosts lack %1 for the desktops of %2.</source>
        <translation>资源不足：其他主机缺少 %1，无法容纳 %2 上的桌面。</translation>
    </message>
</context>
<context>
    <name>HostsApi</name>
    <message>
        <source>compute service list</source>
        <translation>计算服务列表</translation>
    </message>
    <message>
        <source>compute service</source>
        <translation>计算服务</translation>
    </message>
    <message>
        <source>resource provider list</source>
        <translation>资源提供者列表</translation>
    </message>
    <message>
        <source>resource provider inventories</source>
        <translation>资源提供者库存</translation>
    </message>
    <message>
        <source>inventories: &quot;%1&quot; is %2, expected an object</source>
        <translation>库存：“%1”为 %2，应为对象</translation>
    </message>
    <message>
        <source>%1: &quot;allocation_ratio&quot; is not a positive number</source>
        <translation>%1：“allocation_ratio”不是正数</translation>
    </message>
    <message>
        <source>resource provider usages</source>
        <translation>资源提供者用量</translation>
    </message>
    <message>
        <source>migration list</source>
        <translation>迁移列表</translation>
    </message>
</context>
<context>
    <name>HostsView</name>
    <message>
        <source>%1 / %2 %3 (%4%)</source>
        <translation>%1 / %2 %3（%4%）</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>启用状态</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Forced down</source>
        <translation>强制下线</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Compute hosts: %1</source>
        <translation>计算主机：%1</translation>
    </message>
    <message>
        <source>Select a host to see its desktops.</source>
        <translation>选择一台主机以查看其上的桌面。</translation>
    </message>
    <message>
        <source>No desktops on %1.</source>
        <translation>%1 上没有桌面。</translation>
    </message>
    <message>
        <source>Desktops on %1</source>
        <translation>%1 上的桌面</translation>
    </message>
    <message>
        <source>Compute hosts: loading…</source>
        <translation>计算主机：正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n compute host(s)</source>
        <translation>
            <numerusform>%n 台计算主机</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Drain…</source>
        <translation>腾空…</translation>
    </message>
    <message>
        <source>Evacuate…</source>
        <translation>疏散…</translation>
    </message>
    <message>
        <source>Reset state…</source>
        <translation>重置状态…</translation>
    </message>
    <message>
        <source>No new desktops are placed on the host; the ones on it keep running.</source>
        <translation>不再在该主机上放置新桌面；其上已有的桌面继续运行。</translation>
    </message>
    <message>
        <source>Move every desktop off the host: live migration, cold migration for shut-down ones.</source>
        <translation>将所有桌面迁出该主机：运行中的热迁移，已关机的冷迁移。</translation>
    </message>
    <message>
        <source>Rebuild the desktops of a dead host on healthy ones.</source>
        <translation>在健康的主机上重建已宕机主机的桌面。</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <source>Why is %1 disabled? (shown to other administrators)</source>
        <translation>为什么停用 %1？（会显示给其他管理员）</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>%1 enabled and no longer forced down.</source>
        <translation>%1 已启用，并已取消强制下线。</translation>
    </message>
    <message>
        <source>Let the scheduler choose</source>
        <translation>由调度器选择</translation>
    </message>
    <message>
        <source>Move desktops off %1</source>
        <translation>将桌面迁出 %1</translation>
    </message>
    <message numerus="yes">
        <source>Evacuate %1: %n desktop(s)</source>
        <translation>
            <numerusform>疏散 %1：%n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drain %1: %n desktop(s)</source>
        <translation>
            <numerusform>腾空 %1：%n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Drain %1</source>
        <translation>腾空 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Move %1 desktop(s) off %2: %3 live, %4 cold (shut down).</source>
        <translation>将 %1 个桌面迁出 %2：%3 个热迁移，%4 个冷迁移（已关机）。</translation>
    </message>
    <message>
        <source>Not moved:</source>
        <translation>未迁移：</translation>
    </message>
    <message>
        <source>Target host:</source>
        <translation>目标主机：</translation>
    </message>
    <message>
        <source>Evacuate %1</source>
        <translation>疏散 %1</translation>
    </message>
    <message numerus="yes">
        <source>Rebuild %n desktop(s) of the dead host %1 on another host. Target host:</source>
        <translation>
            <numerusform>在另一台主机上重建已宕机主机 %1 的 %n 个桌面。目标主机：</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset state</source>
        <translation>重置状态</translation>
    </message>
    <message>
        <source>Reset the state of %1 (%2) to ACTIVE? Do this only for a desktop stuck in a task that will never finish; Nova then believes it is running.</source>
        <translation>将 %1（%2）的状态重置为 ACTIVE？仅对卡在永远无法完成的任务中的桌面这样做；重置后 Nova 会认为它正在运行。</translation>
    </message>
    <message>
        <source>%1: state reset to ACTIVE.</source>
        <translation>%1：状态已重置为 ACTIVE。</translation>
    </message>
    <message>
        <source>No longer forced down.</source>
        <translation>已取消强制下线。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) to %1</source>
        <translation>
            <numerusform>%n 个桌面迁往 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>a host the scheduler picks</source>
        <translation>调度器选定的主机</translation>
    </message>
</context>
<context>
    <name>IdentityApi</name>
    <message>
        <source>Checking whether this account may manage users…</source>
        <translation>正在检查此账号是否可以管理用户…</translation>
    </message>
    <message>
        <source>This account may manage the users of the project&apos;s domain.</source>
        <translation>此账号可以管理项目所在域的用户。</translation>
    </message>
    <message>
        <source>This account may see users but not change them: it has no admin role. Ask whoever runs Keystone to create or change the accounts.</source>
        <translation>此账号可以查看用户，但不能修改：它没有 admin 角色。请联系 Keystone 的管理者创建或修改账号。</translation>
    </message>
    <message>
        <source>This account may not manage users: Keystone refused to list them%1. Ask whoever runs Keystone to create the accounts.</source>
        <translation>此账号不能管理用户：Keystone 拒绝列出用户%1。请联系 Keystone 的管理者创建账号。</translation>
    </message>
    <message>
        <source> (request ID %1)</source>
        <translation>（请求 ID %1）</translation>
    </message>
    <message>
        <source>Could not find out whether this account may manage users: %1</source>
        <translation>无法确定此账号是否可以管理用户：%1</translation>
    </message>
    <message>
        <source>the identity service&apos;s user list is not a JSON object: %1</source>
        <translation>身份服务返回的用户列表不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>the identity service&apos;s user reply is not a JSON object: %1</source>
        <translation>身份服务返回的用户应答不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>the identity service&apos;s role list is not a JSON object: %1</source>
        <translation>身份服务返回的角色列表不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>Keystone has no role named &quot;%1&quot;.</source>
        <translation>Keystone 中没有名为“%1”的角色。</translation>
    </message>
    <message>
        <source>The identity service does not offer user management (%1).</source>
        <translation>身份服务不提供用户管理（%1）。</translation>
    </message>
</context>
<context>
    <name>ImageApi</name>
    <message>
        <source>The cloud&apos;s catalog has no image service.</source>
        <translation>云的服务目录中没有镜像服务。</translation>
    </message>
    <message>
        <source>No image is named &quot;%1&quot; or has that ID.</source>
        <translation>没有名称或 ID 为“%1”的镜像。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by %2 images (%3): give the ID instead.</source>
        <translation>有 %2 个镜像使用名称“%1”（%3）：请改用 ID。</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>镜像列表</translation>
    </message>
    <message>
        <source>the image list&apos;s next link is not a URL: &quot;%1&quot;</source>
        <translation>镜像列表的下一页链接不是 URL：“%1”</translation>
    </message>
    <message>
        <source>the image list&apos;s next link points to another server (%1, the image service is %2); Phoenix does not send your token there</source>
        <translation>镜像列表的下一页链接指向另一台服务器（%1，镜像服务是 %2）；Phoenix 不会把您的令牌发往那里</translation>
    </message>
</context>
<context>
    <name>ImagesView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Make &amp;private</source>
        <translation>设为私有(&amp;P)</translation>
    </message>
    <message>
        <source>Make &amp;public</source>
        <translation>设为公共(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) use this image; delete them or restore them to another image first.</source>
        <translation>
            <numerusform>有 %n 个桌面正在使用此镜像；请先删除这些桌面，或将其还原为其他镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>This image is protected.</source>
        <translation>此镜像受保护。</translation>
    </message>
    <message>
        <source>Delete the selected image</source>
        <translation>删除所选镜像</translation>
    </message>
    <message>
        <source>&lt;b&gt;Images&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;镜像&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flavors&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;规格&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>Rename image</source>
        <translation>重命名镜像</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>已将 %1 重命名为 %2。</translation>
    </message>
    <message>
        <source>Could not rename %1: %2</source>
        <translation>无法重命名 %1：%2</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 的可见性已改为 %2。</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>无法更改 %1：%2</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>删除镜像</translation>
    </message>
    <message>
        <source>Delete the image %1?</source>
        <translation>删除镜像 %1？</translation>
    </message>
    <message>
        <source>No desktop uses it. Glance removes the image file (%1); this cannot be undone.</source>
        <translation>没有桌面使用此镜像。Glance 将删除镜像文件（%1），此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleted the image %1.</source>
        <translation>已删除镜像 %1。</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load images and flavors again</source>
        <translation>重新加载镜像和规格</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>active</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>导入中</translation>
    </message>
    <message>
        <source>killed</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>pending_delete</source>
        <translation>等待删除</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>community</source>
        <translation>社区</translation>
    </message>
</context>
<context>
    <name>InventoryCache</name>
    <message>
        <source>Could not update the cached cloud inventory.</source>
        <translation>无法更新云资源清单缓存。</translation>
    </message>
    <message>
        <source>Could not read the cached cloud inventory.</source>
        <translation>无法读取云资源清单缓存。</translation>
    </message>
    <message>
        <source>Could not clear the cached cloud inventory.</source>
        <translation>无法清除云资源清单缓存。</translation>
    </message>
</context>
<context>
    <name>LessonBook</name>
    <message>
        <source>The courses and the timetable are kept in the Phoenix database, which is not open (Settings › Database).</source>
        <translation>课程和课表保存在 Phoenix 数据库中，但数据库未打开（设置 › 数据库）。</translation>
    </message>
    <message>
        <source>Could not delete the term %1.</source>
        <translation>无法删除学期 %1。</translation>
    </message>
    <message>
        <source>There is no term %1.</source>
        <translation>没有学期 %1。</translation>
    </message>
</context>
<context>
    <name>LessonControl</name>
    <message>
        <source>No single %1 is named &quot;%2&quot;.</source>
        <translation>名为“%2”的%1不唯一或不存在。</translation>
    </message>
    <message>
        <source>%1 has a lesson until %2 already.</source>
        <translation>%1 已有一节到 %2 的课时。</translation>
    </message>
    <message>
        <source>%1 started: a lesson until %2. Its desktops are being prepared.</source>
        <translation>%1 已开始：课时到 %2。正在准备其桌面。</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 分钟</translation>
    </message>
    <message>
        <source>%1 extended by %2 min, until %3.</source>
        <translation>%1 已延长 %2 分钟，到 %3。</translation>
    </message>
    <message>
        <source>+%1 desktops</source>
        <translation>+%1 个桌面</translation>
    </message>
    <message>
        <source>%1: %2 more desktops for the lesson until %3.</source>
        <translation>%1：为到 %3 的课时增加 %2 个桌面。</translation>
    </message>
    <message>
        <source>flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Fix all: %1 — %2 (%3)</source>
        <translation>全部修复：%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>LessonPlanner</name>
    <message>
        <source>seat %1</source>
        <translation>座位 %1</translation>
    </message>
    <message>
        <source>%1: %2 the desktop of %3 (%4) for the lesson at %5</source>
        <translation>%1：为 %5 的课%2 %3 的桌面（%4）</translation>
    </message>
    <message>
        <source>%1: repair the desktop of %2 (%3, %4): %5</source>
        <translation>%1：修复 %2 的桌面（%3，%4）：%5</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1: lesson over, %2 %3 (%4)</source>
        <translation>%1：下课，%2 %3（%4）</translation>
    </message>
    <message>
        <source>%1: %2 expires at %3</source>
        <translation>%1：%2 到期时间 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the naming template cannot name the desktop of %2: %3</source>
        <translation>%1：命名模板无法为 %2 的桌面命名：%3</translation>
    </message>
</context>
<context>
    <name>LessonScheduler</name>
    <message>
        <source>flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>%1: no desktops created: %2</source>
        <translation>%1：未创建桌面：%2</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>lesson over</source>
        <translation>下课</translation>
    </message>
    <message>
        <source>scheduler: %1 %2 — %3 (%4)</source>
        <translation>调度器：%1 %2 — %3（%4）</translation>
    </message>
    <message>
        <source>%1: could not set phoenix:expires: %2</source>
        <translation>%1：无法设置 phoenix:expires：%2</translation>
    </message>
    <message numerus="yes">
        <source>Continued %n unfinished task(s) that no running Phoenix held.</source>
        <translation>
            <numerusform>已继续 %n 个未完成且没有运行中的 Phoenix 持有的任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonStore</name>
    <message>
        <source>Could not read the courses.</source>
        <translation>无法读取课程。</translation>
    </message>
    <message>
        <source>Could not read the course %1.</source>
        <translation>无法读取课程 %1。</translation>
    </message>
    <message>
        <source>There is no course %1.</source>
        <translation>没有课程 %1。</translation>
    </message>
    <message>
        <source>A course needs a code.</source>
        <translation>课程需要一个代码。</translation>
    </message>
    <message>
        <source>Could not save the course %1.</source>
        <translation>无法保存课程 %1。</translation>
    </message>
    <message>
        <source>Could not delete the course %1.</source>
        <translation>无法删除课程 %1。</translation>
    </message>
    <message>
        <source>Could not read the roster of %1.</source>
        <translation>无法读取 %1 的名单。</translation>
    </message>
    <message>
        <source>Could not read the rosters.</source>
        <translation>无法读取名单。</translation>
    </message>
    <message>
        <source>Could not save the roster of %1.</source>
        <translation>无法保存 %1 的名单。</translation>
    </message>
    <message>
        <source>Could not read the classrooms.</source>
        <translation>无法读取教室。</translation>
    </message>
    <message>
        <source>A classroom needs a name and a number of seats.</source>
        <translation>教室需要名称和座位数。</translation>
    </message>
    <message>
        <source>Could not save the classroom %1.</source>
        <translation>无法保存教室 %1。</translation>
    </message>
    <message>
        <source>Could not delete the classroom %1.</source>
        <translation>无法删除教室 %1。</translation>
    </message>
    <message>
        <source>There is no classroom %1.</source>
        <translation>没有教室 %1。</translation>
    </message>
    <message>
        <source>Could not read the periods.</source>
        <translation>无法读取节次。</translation>
    </message>
    <message>
        <source>Could not save the periods.</source>
        <translation>无法保存节次。</translation>
    </message>
    <message>
        <source>Could not read the lessons.</source>
        <translation>无法读取课时。</translation>
    </message>
    <message>
        <source>Could not save the lesson.</source>
        <translation>无法保存课时。</translation>
    </message>
    <message>
        <source>Could not delete the lesson.</source>
        <translation>无法删除课时。</translation>
    </message>
    <message>
        <source>There is no lesson %1.</source>
        <translation>没有课时 %1。</translation>
    </message>
    <message>
        <source>Could not read the lesson changes.</source>
        <translation>无法读取课时变更。</translation>
    </message>
    <message>
        <source>Could not change the lesson.</source>
        <translation>无法更改课时。</translation>
    </message>
    <message>
        <source>Could not read the school calendar.</source>
        <translation>无法读取校历。</translation>
    </message>
    <message>
        <source>A holiday needs a first day and a last day not before it.</source>
        <translation>假日需要开始日期和不早于它的结束日期。</translation>
    </message>
    <message>
        <source>Could not save the holiday.</source>
        <translation>无法保存假日。</translation>
    </message>
    <message>
        <source>Could not remove the holiday.</source>
        <translation>无法删除假日。</translation>
    </message>
    <message>
        <source>A make-up day needs a date and the weekday it is taught as.</source>
        <translation>调休日需要日期和它按星期几上课。</translation>
    </message>
    <message>
        <source>Could not save the make-up day.</source>
        <translation>无法保存调休日。</translation>
    </message>
    <message>
        <source>Could not remove the make-up day.</source>
        <translation>无法删除调休日。</translation>
    </message>
    <message>
        <source>A term needs a name, a first day and a last day not before it.</source>
        <translation>学期需要名称、开始日期和不早于它的结束日期。</translation>
    </message>
    <message>
        <source>Could not save the term.</source>
        <translation>无法保存学期。</translation>
    </message>
    <message>
        <source>Could not record the scheduler&apos;s task.</source>
        <translation>无法记录调度器的任务。</translation>
    </message>
    <message>
        <source>Could not read the scheduler&apos;s task history.</source>
        <translation>无法读取调度器的任务历史。</translation>
    </message>
</context>
<context>
    <name>LessonText</name>
    <message>
        <source>suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>shelve</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Teacher desktops</source>
        <translation>教师桌面</translation>
    </message>
    <message>
        <source>Student desktops</source>
        <translation>学生桌面</translation>
    </message>
    <message>
        <source>Other servers</source>
        <translation>其他云主机</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>The password is saved in the keyring.</source>
        <translation>密码已保存到密钥环。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>The cloud cannot be reached (%1). Showing the data from %2.</source>
        <translation>无法访问云（%1）。正在显示 %2 的数据。</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Could not load the %1: %2</source>
        <translation>无法加载%1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo cloud.&lt;/b&gt; This is a simulated OpenStack running inside Phoenix with a seeded school; nothing you do here touches a real cloud.</source>
        <translation>&lt;b&gt;演示云。&lt;/b&gt;这是在 Phoenix 内运行的模拟 OpenStack，预置了一所学校的数据；您在这里的任何操作都不会影响真实的云。</translation>
    </message>
    <message>
        <source>Phoenix — %1</source>
        <translation>Phoenix — %1</translation>
    </message>
    <message>
        <source>Demo cloud</source>
        <translation>演示云</translation>
    </message>
    <message>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The password was not saved: %1</source>
        <translation>密码未保存：%1</translation>
    </message>
    <message>
        <source>Batch finished with failures</source>
        <translation>批次已结束，有失败项</translation>
    </message>
    <message>
        <source>Batch finished</source>
        <translation>批次已完成</translation>
    </message>
    <message>
        <source>Adopted; the desktop moves to its tab at the next refresh.</source>
        <translation>已纳管；下次刷新时该桌面将移到对应的标签页。</translation>
    </message>
    <message>
        <source>Could not adopt the server: %1</source>
        <translation>无法纳管该云主机：%1</translation>
    </message>
    <message>
        <source>Creating the desktops; follow them in the task panel.</source>
        <translation>正在创建桌面；可在任务面板中查看进度。</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1（离线）</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1：未连接</translation>
    </message>
    <message>
        <source>%1 @ %2 (%3)</source>
        <translation>%1 @ %2（%3）</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>连接：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>正在收尾…</translation>
    </message>
    <message>
        <source>No tasks running</source>
        <translation>没有正在运行的任务</translation>
    </message>
    <message>
        <source>Show or hide the task panel</source>
        <translation>显示或隐藏任务面板</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <comment>data age</comment>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <comment>data age</comment>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <comment>data age</comment>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message>
        <source>Cached data from %1</source>
        <translation>缓存数据，更新于 %1</translation>
    </message>
    <message>
        <source>Offline; data from %1</source>
        <translation>离线；数据更新于 %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Images &amp;&amp; flavors</source>
        <translation>镜像和规格</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Task console</source>
        <translation>任务控制台</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Servers without Phoenix metadata; adopt them to manage them as desktops</source>
        <translation>没有 Phoenix 元数据的云主机；纳管后即可作为桌面管理</translation>
    </message>
    <message>
        <source>The audit log needs the Phoenix database.</source>
        <translation>审计日志需要 Phoenix 数据库。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>About Phoenix</source>
        <translation>关于 Phoenix</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
    <message>
        <source>&amp;Cloud</source>
        <translation>云(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Recent connections</source>
        <translation>最近的连接(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Desktops</source>
        <translation>桌面(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Connect to a cloud…</source>
        <translation>连接到云(&amp;C)…</translation>
    </message>
    <message>
        <source>Connect to an OpenStack cloud</source>
        <translation>连接到 OpenStack 云</translation>
    </message>
    <message>
        <source>Open the &amp;demo cloud</source>
        <translation>打开演示云(&amp;D)</translation>
    </message>
    <message>
        <source>Start the built-in demo cloud and connect to it</source>
        <translation>启动内置的演示云并连接</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Close the connection to this cloud</source>
        <translation>关闭与此云的连接</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the table on screen, as filtered and sorted, as a CSV file</source>
        <translation>将屏幕上的表格（按当前筛选和排序）保存为 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Phoenix</source>
        <translation>退出 Phoenix</translation>
    </message>
    <message>
        <source>&amp;New desktops…</source>
        <translation>新建桌面(&amp;N)…</translation>
    </message>
    <message>
        <source>Create one desktop or a class&apos;s desktops</source>
        <translation>创建一个桌面或一个班级的桌面</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the cloud for the latest state now</source>
        <translation>立即从云获取最新状态</translation>
    </message>
    <message>
        <source>&amp;Filter desktops</source>
        <translation>筛选桌面(&amp;F)</translation>
    </message>
    <message>
        <source>Type to filter the desktop tables</source>
        <translation>输入文字以筛选桌面表格</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Show every desktop again</source>
        <translation>重新显示所有桌面</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>列(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the columns of this table</source>
        <translation>选择此表格显示的列</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, refresh, tasks, reachability check, database</source>
        <translation>语言、刷新、任务、连通性检测、数据库</translation>
    </message>
    <message>
        <source>&amp;About Phoenix</source>
        <translation>关于 Phoenix(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>&amp;Task panel</source>
        <translation>任务面板(&amp;T)</translation>
    </message>
    <message>
        <source>Show or hide the task panel (%1)</source>
        <translation>显示或隐藏任务面板（%1）</translation>
    </message>
    <message>
        <source>the demo cloud</source>
        <translation>演示云</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2</source>
        <translation>无法登录 %1：%2</translation>
    </message>
    <message>
        <source>Batch cancelled</source>
        <translation>批次已取消</translation>
    </message>
    <message>
        <source>Batch finished with warnings</source>
        <translation>批次已完成，有警告</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
</context>
<context>
    <name>MigrationStages</name>
    <message>
        <source>The desktop is on no compute host (%1); there is nothing to move.</source>
        <translation>桌面不在任何计算主机上（%1）；没有可迁移的内容。</translation>
    </message>
    <message>
        <source>Nova evacuates only running, shut-down or failed desktops; this one is %1.</source>
        <translation>Nova 只疏散运行中、已关机或出错的桌面；此桌面的状态为 %1。</translation>
    </message>
    <message>
        <source>The desktop is in ERROR; reset its state first.</source>
        <translation>桌面处于 ERROR 状态；请先重置其状态。</translation>
    </message>
    <message>
        <source>Nova moves no suspended desktop; resume or shelve it first.</source>
        <translation>Nova 不迁移已挂起的桌面；请先恢复或搁置它。</translation>
    </message>
    <message>
        <source>A %1 desktop cannot be moved.</source>
        <translation>状态为 %1 的桌面无法迁移。</translation>
    </message>
    <message>
        <source>Nova does not say which host the desktop is on (administrators only).</source>
        <translation>Nova 未告知桌面所在的主机（仅管理员可见）。</translation>
    </message>
    <message>
        <source>Already on %1; not moved again.</source>
        <translation>已在 %1 上；不再迁移。</translation>
    </message>
    <message>
        <source>The desktop stayed busy (%1) for %2 s.</source>
        <translation>桌面持续繁忙（%1）达 %2 秒。</translation>
    </message>
    <message>
        <source>a host the scheduler picks</source>
        <translation>调度器选定的主机</translation>
    </message>
    <message>
        <source>Live migration to %1 requested (block migration: auto).</source>
        <translation>已请求热迁移到 %1（块迁移：自动）。</translation>
    </message>
    <message>
        <source>Cold migration to %1 requested.</source>
        <translation>已请求冷迁移到 %1。</translation>
    </message>
    <message>
        <source>Evacuation to %1 requested.</source>
        <translation>已请求疏散到 %1。</translation>
    </message>
    <message>
        <source>No inventory to wait on.</source>
        <translation>没有需要等待的库存。</translation>
    </message>
    <message>
        <source>The desktop went into ERROR during the move%1.</source>
        <translation>迁移期间桌面进入了 ERROR 状态%1。</translation>
    </message>
    <message>
        <source>Now on %1 (%2).</source>
        <translation>现在位于 %1（%2）。</translation>
    </message>
    <message>
        <source>Nova could not move the desktop off %1 (its %2 ended &quot;%3&quot;); it is still there.</source>
        <translation>Nova 无法将桌面迁出 %1（其 %2 以“%3”结束）；桌面仍在原主机上。</translation>
    </message>
    <message>
        <source>The desktop was not moved off %1 within %2 s.</source>
        <translation>桌面未能在 %2 秒内迁出 %1。</translation>
    </message>
</context>
<context>
    <name>MyDesktop</name>
    <message>
        <source>No desktop of yours</source>
        <translation>你没有桌面</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>my desktop state</comment>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Starting…</source>
        <comment>my desktop state</comment>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>my desktop state: suspended, shut down or shelved</comment>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>my desktop state</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>my desktop state: the cloud cannot be reached</comment>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Phoenix — %1</source>
        <translation>Phoenix — %1</translation>
    </message>
    <message>
        <source>usually %1 s</source>
        <translation>通常 %1 秒</translation>
    </message>
    <message>
        <source>usually %1 min</source>
        <translation>通常 %1 分钟</translation>
    </message>
    <message>
        <source>Waking the desktop</source>
        <translation>正在唤醒桌面</translation>
    </message>
    <message>
        <source>Waiting until it runs</source>
        <translation>正在等待运行</translation>
    </message>
    <message>
        <source>Getting an address</source>
        <translation>正在获取地址</translation>
    </message>
    <message>
        <source>Waiting for the remote desktop to answer</source>
        <translation>正在等待远程桌面响应</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3)</source>
        <translation>%1（第 %2 步，共 %3 步）</translation>
    </message>
    <message>
        <source>%1 (step %2 of %3, %4)</source>
        <translation>%1（第 %2 步，共 %3 步，%4）</translation>
    </message>
</context>
<context>
    <name>MyDesktopTracker</name>
    <message>
        <source>%1 my desktop %2</source>
        <translation>%1 我的桌面 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>It runs, but has no address this computer can reach.</source>
        <translation>桌面在运行，但没有本机可以访问的地址。</translation>
    </message>
</context>
<context>
    <name>MyDesktopWindow</name>
    <message>
        <source>%1 is ready: connecting to %2…</source>
        <translation>%1 已就绪：正在连接 %2…</translation>
    </message>
    <message>
        <source>%1 is ready: connecting to %2… (it did not answer yet: %3)</source>
        <translation>%1 已就绪：正在连接 %2…（尚未响应：%3）</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>My desktop — Phoenix</source>
        <translation>我的桌面 — Phoenix</translation>
    </message>
    <message>
        <source>Open my desktop</source>
        <translation>打开我的桌面</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Open Phoenix</source>
        <translation>打开 Phoenix</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 desktops: %2</source>
        <translation>%1 个桌面：%2</translation>
    </message>
</context>
<context>
    <name>NetworkApi</name>
    <message>
        <source>No router connects the desktop&apos;s network to an external network, and the cloud has no external network for floating IPs.</source>
        <translation>没有路由器将桌面所在网络连接到外部网络，而且云中没有可提供浮动 IP 的外部网络。</translation>
    </message>
    <message>
        <source>No router connects the desktop&apos;s network to an external network, and there are several external networks (%1): Phoenix cannot tell which one to use.</source>
        <translation>没有路由器将桌面所在网络连接到外部网络，而云中有多个外部网络（%1）：Phoenix 无法确定使用哪一个。</translation>
    </message>
    <message>
        <source>%1 has no network port, so it cannot get a floating IP.</source>
        <translation>%1 没有网络端口，无法获取浮动 IP。</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>External network</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>(another port)</source>
        <translation>（其他端口）</translation>
    </message>
    <message>
        <source>— not bound —</source>
        <translation>— 未绑定 —</translation>
    </message>
    <message>
        <source>Fixed address</source>
        <translation>固定地址</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>地址池</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message numerus="yes">
        <source>Release all %n unbound</source>
        <translation>
            <numerusform>释放全部 %n 个未绑定地址</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Networks&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;网络&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Routers&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;路由器&lt;/b&gt;（%1）</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Floating IPs&lt;/b&gt; (%1, %n not bound)</source>
        <translation>
            <numerusform>&lt;b&gt;浮动 IP&lt;/b&gt;（%1，%n 个未绑定）</numerusform>
        </translation>
    </message>
    <message>
        <source>Release floating IPs</source>
        <translation>释放浮动 IP</translation>
    </message>
    <message numerus="yes">
        <source>Release %n floating IP(s) bound to no desktop?</source>
        <translation>
            <numerusform>释放 %n 个未绑定到任何桌面的浮动 IP？</numerusform>
        </translation>
    </message>
    <message>
        <source>The addresses go back to the pool; another project may get them.</source>
        <translation>这些地址将归还地址池，可能会被其他项目获取。</translation>
    </message>
    <message numerus="yes">
        <source>Release %n address(es)</source>
        <translation>
            <numerusform>释放 %n 个地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n floating IP(s).</source>
        <translation>
            <numerusform>已释放 %n 个浮动 IP。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 floating IPs could not be released: %3</source>
        <translation>%2 个浮动 IP 中有 %1 个无法释放：%3</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load networks, routers and floating IPs again</source>
        <translation>重新加载网络、路由器和浮动 IP</translation>
    </message>
    <message>
        <source>Re&amp;lease selected</source>
        <translation>释放所选(&amp;L)</translation>
    </message>
    <message>
        <source>Give the selected unbound floating IPs back to the pool</source>
        <translation>将所选的未绑定浮动 IP 归还地址池</translation>
    </message>
    <message>
        <source>Give every floating IP that is bound to no desktop back to the pool</source>
        <translation>将所有未绑定到桌面的浮动 IP 归还地址池</translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Routers</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>BUILD</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>PageGuard</name>
    <message>
        <source>the %1 runs in a circle: after page %2 it points back to an earlier page (&quot;%3&quot;); Phoenix stopped reading it</source>
        <translation>%1 出现循环：第 %2 页之后又指回了之前的页（“%3”）；Phoenix 已停止读取</translation>
    </message>
    <message>
        <source>the %1 has more than %2 pages; Phoenix stopped reading it</source>
        <translation>%1 超过 %2 页；Phoenix 已停止读取</translation>
    </message>
</context>
<context>
    <name>PasswordsFile</name>
    <message>
        <source>%1 exists already; Phoenix writes passwords only to a new file.</source>
        <translation>%1 已存在；Phoenix 只把密码写入新文件。</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The passwords file is not open.</source>
        <translation>密码文件未打开。</translation>
    </message>
</context>
<context>
    <name>PeriodsDialog</name>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>到(&amp;T)</translation>
    </message>
    <message>
        <source>in &amp;periods of</source>
        <translation>每节时长(&amp;P)</translation>
    </message>
    <message>
        <source>with &amp;breaks of</source>
        <translation>课间休息(&amp;B)</translation>
    </message>
    <message>
        <source>No %1-minute period fits between %2 and %3; the list was not changed.</source>
        <translation>%2 到 %3 之间放不下一节 %1 分钟的节次；列表未更改。</translation>
    </message>
    <message>
        <source>A school day needs at least one period.</source>
        <translation>一个教学日至少需要一个节次。</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s), %1 to %2.</source>
        <translation>
            <numerusform>%n 个节次，%1 到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Periods of the school day</source>
        <translation>教学日的节次</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>节次</translation>
    </message>
    <message>
        <source>Double-click or type to change a time. Periods are numbered by their start when saved.</source>
        <translation>双击或直接输入以更改时间。保存时按开始时间为节次编号。</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>添加节次(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Default (06:00–20:00, 40 min)</source>
        <translation>默认（06:00–20:00，40 分钟）</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Replaces every period with whole periods between the two times.</source>
        <translation>用两个时间之间的完整节次替换所有节次。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Save periods</source>
        <translation>保存节次(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ReachabilityProbe</name>
    <message>
        <source>%1 does not accept connections (%2).</source>
        <translation>%1 不接受连接（%2）。</translation>
    </message>
    <message>
        <source>%1 answers (%2).</source>
        <translation>%1 有响应（%2）。</translation>
    </message>
    <message>
        <source>%1 accepts connections but no %2 service answers.</source>
        <translation>%1 接受连接，但没有 %2 服务响应。</translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <source>the identity service&apos;s token reply is not JSON: %1</source>
        <translation>身份认证服务返回的令牌应答不是 JSON：%1</translation>
    </message>
    <message>
        <source>the identity service&apos;s reply has no token</source>
        <translation>身份认证服务的应答中没有令牌</translation>
    </message>
    <message>
        <source>the identity service did not send X-Subject-Token</source>
        <translation>身份认证服务没有发送 X-Subject-Token</translation>
    </message>
    <message>
        <source>The token has no service catalog: the user has no role on the project.</source>
        <translation>令牌中没有服务目录：该用户在此项目中没有任何角色。</translation>
    </message>
    <message>
        <source>No password is known for %1.</source>
        <translation>没有 %1 的密码。</translation>
    </message>
    <message>
        <source>the compute service&apos;s version document has no version</source>
        <translation>计算服务的版本文档中没有版本号</translation>
    </message>
    <message>
        <source>The compute service does not support microversions; Phoenix needs 2.%1.</source>
        <translation>计算服务不支持微版本；Phoenix 需要 2.%1。</translation>
    </message>
    <message>
        <source>The compute service offers API 2.%1 at most; Phoenix needs 2.%2 or later.</source>
        <translation>计算服务最高只提供 API 2.%1；Phoenix 需要 2.%2 或更高版本。</translation>
    </message>
    <message>
        <source>The cloud has no %1 service for interface &quot;%2&quot;%3.</source>
        <translation>云中没有接口为“%2”的 %1 服务%3。</translation>
    </message>
    <message>
        <source> in region %1</source>
        <translation>（区域 %1）</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>an error reply</source>
        <translation>错误回复</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a sign-in reply</source>
        <translation>登录回复</translation>
    </message>
    <message>
        <source>a single item</source>
        <translation>单个对象</translation>
    </message>
    <message>
        <source>the reply from %1 is larger than %2, the most Phoenix accepts for %3; it was not read to the end</source>
        <translation>来自 %1 的回复大于 %2，超过了 Phoenix 对%3所接受的上限；未读取到末尾</translation>
    </message>
    <message>
        <source>The cloud&apos;s %1 service is reached over plain http:// (%2), and TLS is required: the token would cross the network unencrypted.</source>
        <translation>云的 %1 服务通过明文 http://（%2）访问，而当前要求使用 TLS：令牌将以未加密方式在网络上传输。</translation>
    </message>
</context>
<context>
    <name>RfbClient</name>
    <message>
        <source>This is not a VNC server (it did not greet with an RFB protocol version).</source>
        <translation>这不是 VNC 服务器（它的问候中没有 RFB 协议版本）。</translation>
    </message>
    <message>
        <source>The VNC server speaks RFB %1.%2, which Phoenix does not know.</source>
        <translation>VNC 服务器使用 RFB %1.%2，Phoenix 不认识该版本。</translation>
    </message>
    <message>
        <source>The VNC server refused the connection.</source>
        <translation>VNC 服务器拒绝了连接。</translation>
    </message>
    <message>
        <source>The VNC server refused the connection: %1</source>
        <translation>VNC 服务器拒绝了连接：%1</translation>
    </message>
    <message>
        <source>The VNC server asks for a security type Phoenix does not support (%1).</source>
        <translation>VNC 服务器要求使用 Phoenix 不支持的安全类型（%1）。</translation>
    </message>
    <message>
        <source>The VNC server offers no security type Phoenix supports (offered: %1).</source>
        <translation>VNC 服务器未提供 Phoenix 支持的安全类型（提供的是：%1）。</translation>
    </message>
    <message>
        <source>The console password was not accepted.</source>
        <translation>控制台密码未被接受。</translation>
    </message>
    <message>
        <source>The VNC server sent a malformed greeting (a name of %1 bytes).</source>
        <translation>VNC 服务器发送的问候格式错误（名称长 %1 字节）。</translation>
    </message>
    <message>
        <source>The remote screen is too large (%1×%2).</source>
        <translation>远程屏幕太大（%1×%2）。</translation>
    </message>
    <message>
        <source>The VNC server sent %1 bytes of clipboard text; Phoenix takes at most %2.</source>
        <translation>VNC 服务器发送了 %1 字节的剪贴板文本；Phoenix 最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>The VNC server sent an unknown message (type %1).</source>
        <translation>VNC 服务器发送了未知消息（类型 %1）。</translation>
    </message>
    <message>
        <source>The VNC server sent an encoding Phoenix did not ask for (%1).</source>
        <translation>VNC 服务器发送了 Phoenix 未请求的编码（%1）。</translation>
    </message>
    <message>
        <source>The VNC server sent a rectangle outside the screen (%1,%2 %3×%4 on %5×%6).</source>
        <translation>VNC 服务器发送的矩形超出了屏幕范围（%1,%2 %3×%4，屏幕为 %5×%6）。</translation>
    </message>
    <message>
        <source>The VNC server sent an unknown encoding (%1).</source>
        <translation>VNC 服务器发送了未知编码（%1）。</translation>
    </message>
    <message>
        <source>The VNC server asked to copy from outside the screen.</source>
        <translation>VNC 服务器要求从屏幕范围之外复制。</translation>
    </message>
    <message>
        <source>The VNC server sent a malformed Hextile tile (a subrectangle outside its tile).</source>
        <translation>VNC 服务器发送的 Hextile 图块格式错误（子矩形超出了所在图块）。</translation>
    </message>
    <message>
        <source>The VNC server sent a ZRLE rectangle of %1 bytes; Phoenix takes at most %2.</source>
        <translation>VNC 服务器发送了 %1 字节的 ZRLE 矩形；Phoenix 最多接受 %2 字节。</translation>
    </message>
    <message>
        <source>The VNC server sent a malformed ZRLE rectangle.</source>
        <translation>VNC 服务器发送的 ZRLE 矩形格式错误。</translation>
    </message>
    <message>
        <source>The VNC server sent a cursor of %1×%2 pixels.</source>
        <translation>VNC 服务器发送了 %1×%2 像素的光标。</translation>
    </message>
</context>
<context>
    <name>RfbEndpoint</name>
    <message>
        <source>The console address is not a web address: %1</source>
        <translation>控制台地址不是网址：%1</translation>
    </message>
    <message>
        <source>The console address carries no token: %1</source>
        <translation>控制台地址中没有令牌：%1</translation>
    </message>
</context>
<context>
    <name>RfbWorker</name>
    <message>
        <source>The console did not answer within %1 s.</source>
        <translation>控制台在 %1 秒内没有响应。</translation>
    </message>
    <message>
        <source>The console connection was closed.</source>
        <translation>控制台连接已关闭。</translation>
    </message>
    <message>
        <source>The console connection was closed: %1</source>
        <translation>控制台连接已关闭：%1</translation>
    </message>
    <message>
        <source>The console proxy closed the connection before the desktop answered: the console token may be wrong or expired, or the desktop&apos;s VNC server cannot be reached.</source>
        <translation>桌面响应之前，控制台代理就关闭了连接：控制台令牌可能错误或已过期，或者无法访问桌面的 VNC 服务器。</translation>
    </message>
    <message>
        <source>The console proxy closed the connection before the desktop answered (%1): the console token may be wrong or expired, or the desktop&apos;s VNC server cannot be reached.</source>
        <translation>桌面响应之前，控制台代理就关闭了连接（%1）：控制台令牌可能错误或已过期，或者无法访问桌面的 VNC 服务器。</translation>
    </message>
    <message>
        <source>The desktop closed the console during the handshake.</source>
        <translation>桌面在握手期间关闭了控制台。</translation>
    </message>
</context>
<context>
    <name>RosterAccounts</name>
    <message>
        <source>Exists</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>RosterCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the owner is empty</source>
        <translation>所有者为空</translation>
    </message>
    <message>
        <source>the owner &quot;%1…&quot; is longer than 255 characters</source>
        <translation>所有者“%1…”超过 255 个字符</translation>
    </message>
    <message>
        <source>the owner &quot;%1&quot; contains spaces or control characters</source>
        <translation>所有者“%1”包含空格或控制字符</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text.</source>
        <translation>该文件既不是 UTF-8 也不是 GBK 文本。</translation>
    </message>
    <message>
        <source>the first line must be the header &quot;owner,seat&quot; (found &quot;%1&quot;)</source>
        <translation>第一行必须是表头“owner,seat”（实际为“%1”）</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <source>more columns than the header names</source>
        <translation>列数多于表头</translation>
    </message>
    <message>
        <source>the seat &quot;%1&quot; is not a positive number</source>
        <translation>座位“%1”不是正整数</translation>
    </message>
    <message>
        <source>seat %1 is beyond the classroom&apos;s %2 seats</source>
        <translation>座位 %1 超出教室的 %2 个座位</translation>
    </message>
    <message>
        <source>%1 teaches this course</source>
        <translation>%1 是本课程的教师</translation>
    </message>
    <message>
        <source>%1 is listed already on line %2</source>
        <translation>%1 已在第 %2 行列出</translation>
    </message>
    <message>
        <source>seat %1 is given already on line %2</source>
        <translation>座位 %1 已在第 %2 行使用</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header &quot;owner,seat&quot; and one line per student.</source>
        <translation>文件为空：需要表头“owner,seat”以及每名学生一行。</translation>
    </message>
    <message>
        <source>no seat left in the classroom&apos;s %1 seats</source>
        <translation>教室的 %1 个座位已无空位</translation>
    </message>
    <message numerus="yes">
        <source>the course takes %1 students; %n line(s) from here on are too many</source>
        <translation>
            <numerusform>课程最多 %1 名学生；从这里起多出 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message numerus="yes">
        <source>%1: %n student(s) on the roster.</source>
        <translation>
            <numerusform>%1：名单上有 %n 名学生。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB; a roster is a few kilobytes.</source>
        <translation>%1 大于 16 MB；名单通常只有几 KB。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n student(s) ready to import. Save replaces the roster of %3.</source>
        <translation>
            <numerusform>%1（%2）：%n 名学生可以导入。保存将替换 %3 的名单。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n problem(s); nothing is imported until the file is fixed.</source>
        <translation>
            <numerusform>%1（%2）：%n 个问题；文件修正之前不会导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>未知编码</translation>
    </message>
    <message numerus="yes">
        <source>Roster of %1 saved: %n student(s).</source>
        <translation>
            <numerusform>%1 的名单已保存：%n 名学生。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Roster written to %1.</source>
        <translation>名单已写入 %1。</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Roster of %1</source>
        <translation>%1 的名单</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>A CSV file with the header owner,seat (UTF-8 or GBK); every line is checked before anything is saved.</source>
        <translation>带表头 owner,seat 的 CSV 文件（UTF-8 或 GBK）；保存前会检查每一行。</translation>
    </message>
    <message>
        <source>&amp;Save import</source>
        <translation>保存导入(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard preview</source>
        <translation>放弃预览(&amp;D)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>按行列出的问题</translation>
    </message>
    <message>
        <source>Roster status</source>
        <translation>名单状态</translation>
    </message>
</context>
<context>
    <name>RosterNamesModel</name>
    <message>
        <source>%1 (seat %2)</source>
        <translation>%1（座位 %2）</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
</context>
<context>
    <name>SchedulerLeader</name>
    <message>
        <source>Could not find out which scheduler leads.</source>
        <translation>无法确定由哪个调度器主导。</translation>
    </message>
    <message>
        <source>Could not hand over the scheduler&apos;s leadership.</source>
        <translation>无法交出调度器的主导权。</translation>
    </message>
</context>
<context>
    <name>SchedulerService</name>
    <message>
        <source>Scheduler: off</source>
        <translation>调度器：关闭</translation>
    </message>
    <message>
        <source>Scheduler: starting…</source>
        <translation>调度器：正在启动…</translation>
    </message>
    <message>
        <source>Scheduler: phoenixctl on this computer leads</source>
        <translation>调度器：由本机上的 phoenixctl 主导</translation>
    </message>
    <message>
        <source>Scheduler: another workstation leads</source>
        <translation>调度器：由另一台工作站主导</translation>
    </message>
    <message>
        <source>Scheduler: error — %1</source>
        <translation>调度器：出错 — %1</translation>
    </message>
    <message>
        <source>Scheduler: on — now: %1</source>
        <translation>调度器：开启 — 当前：%1</translation>
    </message>
    <message>
        <source>Scheduler: on — next: %1 at %2</source>
        <translation>调度器：开启 — 下一项：%2 %1</translation>
    </message>
    <message>
        <source>Scheduler: on — nothing planned</source>
        <translation>调度器：开启 — 无计划</translation>
    </message>
    <message>
        <source>another scheduler leads; nothing done</source>
        <translation>另一个调度器主导；未执行任何操作</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) started</source>
        <translation>
            <numerusform>已启动 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>phoenix:expires updated on %n desktop(s)</source>
        <translation>
            <numerusform>已更新 %n 个桌面的 phoenix:expires</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>无事可做</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) of %1</source>
        <translation>
            <numerusform>%1 的 %n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>prepare %1</source>
        <translation>准备 %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>%1 结束</translation>
    </message>
</context>
<context>
    <name>SchedulerStatusLabel</name>
    <message>
        <source>Last tick %1: %2</source>
        <translation>上次运行 %1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>now — %1</source>
        <translation>现在 — %1</translation>
    </message>
    <message>
        <source>The lesson scheduler prepares desktops before each lesson (Settings turns it off).</source>
        <translation>课时调度器在每节课前准备桌面（可在设置中关闭）。</translation>
    </message>
</context>
<context>
    <name>SchemaMigration</name>
    <message>
        <source>Could not update the structure of the Phoenix database.</source>
        <translation>无法更新 Phoenix 数据库的结构。</translation>
    </message>
    <message>
        <source>This Phoenix database was written by a newer version of Phoenix (database version %1, this version understands up to %2). Update Phoenix, or choose another database; nothing was changed.</source>
        <translation>此 Phoenix 数据库由较新版本的 Phoenix 写入（数据库版本 %1，当前版本最高支持 %2）。请更新 Phoenix，或选择其他数据库；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>SchoolData</name>
    <message>
        <source>The Phoenix database is not open: lessons cannot be changed.</source>
        <translation>Phoenix 数据库未打开：无法更改课时。</translation>
    </message>
</context>
<context>
    <name>SeatingEditor</name>
    <message>
        <source>Choose a name in the list and a seat in the plan, then Place.</source>
        <translation>请在列表中选择一个名字，在座位表中选择一个座位，然后点击“安排到所选座位”。</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n 个座位</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a seat in this plan: %1</source>
        <translation>在此座位表中没有座位：%1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The seating plan of %1 is saved.</source>
        <translation>%1 的座位表已保存。</translation>
    </message>
    <message>
        <source>C&amp;lassroom:</source>
        <translation>教室(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>课程(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>行数(&amp;R)：</translation>
    </message>
    <message>
        <source>Colu&amp;mns:</source>
        <translation>列数(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Aisles after columns:</source>
        <translation>过道位于以下列之后(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>例如 4</translation>
    </message>
    <message>
        <source>Column numbers after which an aisle runs, separated by commas</source>
        <translation>在哪些列之后设置过道，列号之间用逗号分隔</translation>
    </message>
    <message>
        <source>Roster — drag a &amp;name onto a seat:</source>
        <translation>名单 — 将名字拖到座位上(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Toggle seat</source>
        <translation>设为座位/空位(&amp;T)</translation>
    </message>
    <message>
        <source>Make the chosen cell a seat or a gap (Delete)</source>
        <translation>将所选格子设为座位或空位（Delete）</translation>
    </message>
    <message>
        <source>&amp;Place on the chosen seat</source>
        <translation>安排到所选座位(&amp;P)</translation>
    </message>
    <message>
        <source>Seats the chosen name on the chosen cell (Enter in the plan)</source>
        <translation>将所选名字安排到所选格子（在座位表中按回车）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>撤销更改(&amp;V)</translation>
    </message>
    <message>
        <source>Seating plan</source>
        <translation>座位表</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
</context>
<context>
    <name>SeatingModel</name>
    <message>
        <source>Aisle</source>
        <translation>过道</translation>
    </message>
    <message>
        <source>No seat (row %1, column %2)</source>
        <translation>无座位（第 %1 行，第 %2 列）</translation>
    </message>
    <message>
        <source>Seat %1, empty</source>
        <translation>座位 %1，空</translation>
    </message>
    <message>
        <source>Seat %1, %2</source>
        <translation>座位 %1，%2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>SeatingPlan</name>
    <message>
        <source>The seating plan needs a classroom.</source>
        <translation>座位表需要指定教室。</translation>
    </message>
    <message>
        <source>A seating plan has 1 to 100 rows and 1 to 100 columns.</source>
        <translation>座位表的行数和列数都必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>An aisle must lie between two columns (after column 1 to %1).</source>
        <translation>过道必须位于两列之间（在第 1 至 %1 列之后）。</translation>
    </message>
    <message>
        <source>A cell without a seat lies outside the grid.</source>
        <translation>有一个无座位的格子位于网格之外。</translation>
    </message>
    <message>
        <source>The seating plan has no seat.</source>
        <translation>座位表中没有座位。</translation>
    </message>
    <message>
        <source>Could not read the seating plans.</source>
        <translation>无法读取座位表。</translation>
    </message>
    <message>
        <source>Could not save the seating plan of %1.</source>
        <translation>无法保存 %1 的座位表。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No password is saved for this connection.</source>
        <translation>此连接没有保存密码。</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access. Unlock it (for example by logging in to your desktop session or with your keyring manager), then choose Retry.</source>
        <translation>密钥环已锁定或拒绝访问。请将其解锁（例如登录桌面会话，或使用密钥环管理器），然后选择“重试”。</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the password cannot be saved. Start your desktop&apos;s keyring (GNOME Keyring or KWallet), then choose Retry — or connect without saving the password.</source>
        <translation>此计算机上没有可用的密钥环，因此无法保存密码。请启动桌面环境的密钥环（GNOME Keyring 或 KWallet），然后选择“重试”；也可以不保存密码直接连接。</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it, then choose Retry.</source>
        <translation>密钥环已锁定。请将其解锁，然后选择“重试”。</translation>
    </message>
    <message>
        <source>The keyring could not be reached (%1). Make sure a keyring service such as GNOME Keyring is running in your session, then choose Retry — or connect without saving the password.</source>
        <translation>无法访问密钥环（%1）。请确认会话中正在运行 GNOME Keyring 等密钥环服务，然后选择“重试”；也可以不保存密码直接连接。</translation>
    </message>
    <message>
        <source>The keyring reported an error: %1</source>
        <translation>密钥环报告错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s). It may be waiting for you to unlock it; unlock it, then choose Retry.</source>
        <translation>
            <numerusform>密钥环在 %n 秒内没有响应。它可能正在等待您解锁；请将其解锁，然后选择“重试”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerResolver</name>
    <message>
        <source>An empty desktop name was given.</source>
        <translation>给出的桌面名称为空。</translation>
    </message>
    <message>
        <source>No server in this project is named &quot;%1&quot; or has that ID.</source>
        <translation>此项目中没有名称或 ID 为“%1”的云主机。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is used by %2 servers (%3): give the ID instead.</source>
        <translation>有 %2 台云主机使用名称“%1”（%3）：请改用 ID。</translation>
    </message>
</context>
<context>
    <name>ServiceVersions</name>
    <message>
        <source>%1 (microversions up to %2)</source>
        <translation>%1（微版本最高 %2）</translation>
    </message>
    <message>
        <source>%1 (microversions %2 to %3)</source>
        <translation>%1（微版本 %2 至 %3）</translation>
    </message>
    <message>
        <source>no version named</source>
        <translation>未指明版本</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Refresh while desktops &amp;change:</source>
        <translation>桌面状态变化时刷新间隔(&amp;C)：</translation>
    </message>
    <message>
        <source>Refresh &amp;otherwise:</source>
        <translation>其他时候刷新间隔(&amp;O)：</translation>
    </message>
    <message>
        <source>Tasks running at &amp;once:</source>
        <translation>同时运行的任务数(&amp;O)：</translation>
    </message>
    <message>
        <source>Reachability check &amp;port:</source>
        <translation>连通性检测端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Reachability check &amp;timeout:</source>
        <translation>连通性检测超时(&amp;T)：</translation>
    </message>
    <message>
        <source>When a desktop does not &amp;answer:</source>
        <translation>桌面无响应时(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Remote desktop client:</source>
        <translation>远程桌面客户端(&amp;R)：</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Warn and carry on</source>
        <translation>警告并继续</translation>
    </message>
    <message>
        <source>Fail the task</source>
        <translation>判定任务失败</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>empty: a SQLite file in your data folder</source>
        <translation>留空：使用数据文件夹中的 SQLite 文件</translation>
    </message>
    <message>
        <source>In force now: %1 s. The demo cloud&apos;s desktops answer nobody, so it gives up sooner; the value above applies to real clouds.</source>
        <translation>当前生效：%1 秒。演示云的桌面不会应答，因此更早放弃；上面的值用于真实的云。</translation>
    </message>
    <message>
        <source>In force now: %1 s.</source>
        <translation>当前生效：%1 秒。</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>数据库密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The database password cannot be saved: no keyring is available. Use ~/.pgpass or PGPASSWORD instead, and leave the password out of the address.</source>
        <translation>无法保存数据库密码：没有可用的密钥环。请改用 ~/.pgpass 或 PGPASSWORD，并且不要把密码写在地址中。</translation>
    </message>
    <message>
        <source>The database password could not be saved in the keyring, so nothing was changed. %1</source>
        <translation>数据库密码无法保存到密钥环，因此没有做任何更改。%1</translation>
    </message>
    <message>
        <source>PostgreSQL only; kept in the keyring, empty keeps the saved one</source>
        <translation>仅用于 PostgreSQL；保存在密钥环中，留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>Or a PostgreSQL URL such as postgresql://phoenix@db.school.example/phoenix. The password is kept in the keyring, never in the settings file (or comes from ~/.pgpass). A server on another computer must offer TLS with a certificate Phoenix can verify (~/.postgresql/root.crt, or ?sslrootcert=FILE). Takes effect at the next start.</source>
        <translation>或者填写 PostgreSQL 地址，例如 postgresql://phoenix@db.school.example/phoenix。密码保存在密钥环中，绝不写入设置文件（也可来自 ~/.pgpass）。另一台计算机上的服务器必须提供 Phoenix 能够验证证书的 TLS（~/.postgresql/root.crt，或 ?sslrootcert=FILE）。下次启动时生效。</translation>
    </message>
    <message>
        <source>Empty: xfreerdp or Remmina (mstsc on Windows) opens a generated .rdp file. In a command, %f is that file, %h the desktop&apos;s address, %p the port, %u your user name.</source>
        <translation>留空：由 xfreerdp 或 Remmina（Windows 上为 mstsc）打开生成的 .rdp 文件。在命令中，%f 表示该文件，%h 表示桌面地址，%p 表示端口，%u 表示你的用户名。</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Run the lesson &amp;scheduler while this window is open (prepares desktops before each lesson)</source>
        <translation>在此窗口打开期间运行课时调度器（在每节课前准备桌面）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Phoenix is running already but did not answer. Quit it (or end its process) and try again.</source>
        <translation>Phoenix 已在运行，但没有响应。请退出它（或结束其进程）后重试。</translation>
    </message>
    <message>
        <source>Phoenix is running already and did not take the link.</source>
        <translation>Phoenix 已在运行，但没有接收该链接。</translation>
    </message>
    <message>
        <source>Phoenix is running already and closed the connection: %1</source>
        <translation>Phoenix 已在运行，但关闭了连接：%1</translation>
    </message>
</context>
<context>
    <name>SqliteRecovery</name>
    <message>
        <source>tasks: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <source>batches: %1</source>
        <translation>批次：%1</translation>
    </message>
    <message>
        <source>stage results: %1</source>
        <translation>阶段结果：%1</translation>
    </message>
    <message>
        <source>audit log entries: %1</source>
        <translation>审计日志记录：%1</translation>
    </message>
    <message>
        <source>courses: %1</source>
        <translation>课程：%1</translation>
    </message>
    <message>
        <source>course members: %1</source>
        <translation>课程成员：%1</translation>
    </message>
    <message>
        <source>lessons: %1</source>
        <translation>课时：%1</translation>
    </message>
    <message>
        <source>some tasks</source>
        <translation>部分任务</translation>
    </message>
    <message>
        <source>some batches</source>
        <translation>部分批次</translation>
    </message>
    <message>
        <source>some stage results</source>
        <translation>部分阶段结果</translation>
    </message>
    <message>
        <source>some audit log entries</source>
        <translation>部分审计日志记录</translation>
    </message>
    <message>
        <source>some courses</source>
        <translation>部分课程</translation>
    </message>
    <message>
        <source>some course members</source>
        <translation>部分课程成员</translation>
    </message>
    <message>
        <source>some lessons</source>
        <translation>部分课时</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>The Phoenix database %1 is damaged and could not be moved aside. Move or rename it yourself (nothing has been deleted), then start Phoenix again.</source>
        <translation>Phoenix 数据库 %1 已损坏，且无法将其移开。请自行移动或重命名该文件（没有删除任何内容），然后重新启动 Phoenix。</translation>
    </message>
    <message>
        <source>Phoenix&apos;s local database could not be read (%1), so it was set aside and a new one was created. The damaged file is kept as %2.</source>
        <translation>无法读取 Phoenix 的本地数据库（%1），因此已将其移开并新建了数据库。损坏的文件已保存为 %2。</translation>
    </message>
    <message>
        <source>Recovered from it: %1.</source>
        <translation>已从中恢复：%1。</translation>
    </message>
    <message>
        <source>Could not be recovered: %1.</source>
        <translation>无法恢复：%1。</translation>
    </message>
    <message>
        <source>It held no task journal, audit log or course entries, so nothing was lost.</source>
        <translation>其中没有任务日志、审计日志或课程记录，因此没有丢失任何内容。</translation>
    </message>
    <message>
        <source>Nothing could be read from it; it is kept so that it can be examined.</source>
        <translation>无法从中读取任何内容；该文件已保留，以便检查。</translation>
    </message>
    <message>
        <source>The cached cloud inventory will be fetched again.</source>
        <translation>将重新获取云资源清单。</translation>
    </message>
    <message>
        <source>lesson changes: %1</source>
        <translation>课时变更：%1</translation>
    </message>
    <message>
        <source>classrooms: %1</source>
        <translation>教室：%1</translation>
    </message>
    <message>
        <source>periods: %1</source>
        <translation>节次：%1</translation>
    </message>
    <message>
        <source>terms: %1</source>
        <translation>学期：%1</translation>
    </message>
    <message>
        <source>holidays: %1</source>
        <translation>假期：%1</translation>
    </message>
    <message>
        <source>make-up days: %1</source>
        <translation>调课日：%1</translation>
    </message>
    <message>
        <source>scheduler records: %1</source>
        <translation>调度器记录：%1</translation>
    </message>
    <message>
        <source>some lesson changes</source>
        <translation>部分课时变更</translation>
    </message>
    <message>
        <source>some classrooms</source>
        <translation>部分教室</translation>
    </message>
    <message>
        <source>some periods</source>
        <translation>部分节次</translation>
    </message>
    <message>
        <source>some terms</source>
        <translation>部分学期</translation>
    </message>
    <message>
        <source>some holidays</source>
        <translation>部分假期</translation>
    </message>
    <message>
        <source>some make-up days</source>
        <translation>部分调课日</translation>
    </message>
    <message>
        <source>some scheduler records</source>
        <translation>部分调度器记录</translation>
    </message>
</context>
<context>
    <name>StageRunner</name>
    <message>
        <source>Unknown stage.</source>
        <translation>未知阶段。</translation>
    </message>
    <message>
        <source>Adopted the desktop this task had already created.</source>
        <translation>已接管此任务先前创建的桌面。</translation>
    </message>
    <message>
        <source>Already %1; nothing to do.</source>
        <translation>已处于 %1 状态，无需操作。</translation>
    </message>
    <message>
        <source>The desktop stayed busy (%1) for %2 s.</source>
        <translation>桌面持续忙碌（%1）达 %2 秒。</translation>
    </message>
    <message>
        <source>The desktop is in ERROR%1; restore or hard-reboot it.</source>
        <translation>桌面处于 ERROR 状态%1；请将其还原或强制重启。</translation>
    </message>
    <message>
        <source>No inventory to wait on.</source>
        <translation>没有可供等待的资源清单。</translation>
    </message>
    <message>
        <source>The desktop went into ERROR%1.</source>
        <translation>桌面进入了 ERROR 状态%1。</translation>
    </message>
    <message>
        <source>The cloud did not start the action (still %1); asking again.</source>
        <translation>云没有开始执行该操作（仍为 %1）；正在重新请求。</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>The desktop did not reach %1 within %2 s (it is %3).</source>
        <translation>桌面未在 %2 秒内达到 %1（当前为 %3）。</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>删除完成</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n duplicate(s) made by a repeated request.</source>
        <translation>
            <numerusform>已移除因重复请求而产生的 %n 个重复项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The desktop has no network port to attach an address to.</source>
        <translation>桌面没有可绑定地址的网络端口。</translation>
    </message>
    <message>
        <source>Already has the address %1.</source>
        <translation>已有地址 %1。</translation>
    </message>
    <message>
        <source>Address %1.</source>
        <translation>地址 %1。</translation>
    </message>
    <message>
        <source>Released %1.</source>
        <translation>已释放 %1。</translation>
    </message>
    <message>
        <source>The desktop has no address.</source>
        <translation>桌面没有地址。</translation>
    </message>
    <message>
        <source>Not reachable from this computer after %1 s: %2</source>
        <translation>%1 秒后仍无法从本机访问：%2</translation>
    </message>
    <message>
        <source>Image %1.</source>
        <translation>镜像 %1。</translation>
    </message>
    <message>
        <source>The image ended %1.</source>
        <translation>镜像最终状态为 %1。</translation>
    </message>
    <message>
        <source>The image was not ready within %1 s.</source>
        <translation>镜像未在 %1 秒内就绪。</translation>
    </message>
    <message>
        <source>The cloud had already accepted this %1 (request %2); not sent again.</source>
        <translation>云已经接受了这次 %1（请求 %2），不再重复发送。</translation>
    </message>
    <message>
        <source>The desktop is %1; Phoenix cannot start it from there.</source>
        <translation>桌面处于 %1 状态；Phoenix 无法从该状态启动它。</translation>
    </message>
    <message>
        <source>On the desktop&apos;s network: no floating IP needed.</source>
        <translation>本机在桌面所在网络中：不需要浮动 IP。</translation>
    </message>
    <message>
        <source>On the desktop&apos;s network: address %1.</source>
        <translation>本机在桌面所在网络中：地址 %1。</translation>
    </message>
    <message>
        <source>The desktop is %1 after all; asking again.</source>
        <translation>桌面实际仍是 %1，正在重新请求。</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Could not write the audit log export: %1</source>
        <translation>无法写入审计日志导出文件：%1</translation>
    </message>
</context>
<context>
    <name>TaskConsole</name>
    <message>
        <source>Filter tasks by desktop, error, request ID…</source>
        <translation>按桌面、错误、请求 ID 等筛选任务…</translation>
    </message>
    <message>
        <source>Task filter</source>
        <translation>任务筛选</translation>
    </message>
    <message>
        <source>Task state filter</source>
        <translation>任务状态筛选</translation>
    </message>
    <message>
        <source>Show only tasks in this state</source>
        <translation>只显示处于此状态的任务</translation>
    </message>
    <message>
        <source>Task action filter</source>
        <translation>任务操作筛选</translation>
    </message>
    <message>
        <source>Show only tasks of this action</source>
        <translation>只显示此操作的任务</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>取消任务</translation>
    </message>
    <message>
        <source>Re-run from failed stage</source>
        <translation>从失败阶段重新运行</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>失败或已取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message>
        <source>Select a task to see its stages.</source>
        <translation>选择一个任务以查看其各个阶段。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2：%3</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>Copy the error, request ID and stage history</source>
        <translation>复制错误、请求 ID 和阶段历史记录</translation>
    </message>
    <message>
        <source>Copy task details</source>
        <translation>复制任务详情</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>TaskEngine</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The task journal could not be written: %1 The tasks wait and try again.</source>
        <translation>无法写入任务日志：%1 任务将等待并重试。</translation>
    </message>
    <message>
        <source>Waiting for the database: %1</source>
        <translation>正在等待数据库：%1</translation>
    </message>
    <message>
        <source>The task journal cannot be reached: %1 Tasks wait for it and go on when it is back.</source>
        <translation>无法连接任务日志：%1 任务将等待，恢复后继续。</translation>
    </message>
    <message>
        <source>Another Phoenix process (a window, phoenixctl or another workstation) holds this task; it was left to that process.</source>
        <translation>另一个 Phoenix 进程（窗口、phoenixctl 或另一台工作站）持有此任务；已交由该进程处理。</translation>
    </message>
    <message>
        <source>The task&apos;s lease could not be checked.</source>
        <translation>无法检查任务的租约。</translation>
    </message>
</context>
<context>
    <name>TaskJournal</name>
    <message>
        <source>A batch needs an id.</source>
        <translation>批次需要 ID。</translation>
    </message>
    <message>
        <source>Could not save the batch in the task journal.</source>
        <translation>无法将批次保存到任务日志。</translation>
    </message>
    <message>
        <source>Could not read the task journal.</source>
        <translation>无法读取任务日志。</translation>
    </message>
    <message>
        <source>Could not add the task to the task journal.</source>
        <translation>无法将任务添加到任务日志。</translation>
    </message>
    <message>
        <source>Could not add the tasks to the task journal.</source>
        <translation>无法将这些任务添加到任务日志。</translation>
    </message>
    <message>
        <source>Could not update the task in the task journal.</source>
        <translation>无法更新任务日志中的任务。</translation>
    </message>
    <message>
        <source>The task %1 is not in the task journal.</source>
        <translation>任务日志中没有任务 %1。</translation>
    </message>
    <message>
        <source>A task needs an id.</source>
        <translation>任务需要 ID。</translation>
    </message>
    <message>
        <source>Could not save the task in the task journal.</source>
        <translation>无法将任务保存到任务日志。</translation>
    </message>
    <message>
        <source>Could not record the stage result in the task journal.</source>
        <translation>无法将阶段结果记录到任务日志。</translation>
    </message>
    <message>
        <source>The stage result %1 of task %2 is not in the task journal.</source>
        <translation>任务日志中没有任务 %2 的阶段结果 %1。</translation>
    </message>
    <message>
        <source>A stage result needs the id of its task.</source>
        <translation>阶段结果需要其所属任务的 ID。</translation>
    </message>
    <message>
        <source>Could not clean up the task journal.</source>
        <translation>无法清理任务日志。</translation>
    </message>
    <message>
        <source>Could not take the task in the task journal.</source>
        <translation>无法在任务日志中认领该任务。</translation>
    </message>
    <message>
        <source>Could not renew the task leases in the task journal.</source>
        <translation>无法在任务日志中续期任务租约。</translation>
    </message>
    <message>
        <source>Could not update the task lease in the task journal.</source>
        <translation>无法更新任务日志中的任务租约。</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Select a batch to see its desktops.</source>
        <translation>选择一个批次以查看其桌面。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the batch&apos;s tasks that have not finished</source>
        <translation>取消该批次中尚未完成的任务</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>重试失败项</translation>
    </message>
    <message>
        <source>Re-run from failed stage</source>
        <translation>从失败阶段重新运行</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Desktops of the selected batch</source>
        <translation>所选批次的桌面</translation>
    </message>
    <message>
        <source>Run the failed tasks of this batch again, each from the stage where it failed</source>
        <translation>重新运行此批次中失败的任务，各自从失败的阶段开始</translation>
    </message>
    <message>
        <source>Run the selected failed or cancelled task again from the stage where it stopped</source>
        <translation>从停止的阶段重新运行所选的失败或已取消任务</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <comment>stage (step/steps)</comment>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>done with a warning</source>
        <translation>完成，但有警告</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Error / note</source>
        <translation>错误 / 备注</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>duration</comment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1  %2, attempt %3: %4</source>
        <comment>start time, stage, attempt, outcome</comment>
        <translation>%1  %2，第 %3 次：%4</translation>
    </message>
    <message>
        <source>%1 +%2  %3, attempt %4: %5</source>
        <comment>start time +duration, stage, attempt, outcome</comment>
        <translation>%1 +%2  %3，第 %4 次：%5</translation>
    </message>
</context>
<context>
    <name>TaskText</name>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Hard reboot</source>
        <translation>强制重启</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>取消搁置</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Unpause</source>
        <translation>取消暂停</translation>
    </message>
    <message>
        <source>Make image</source>
        <translation>生成镜像</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Force delete</source>
        <translation>强制删除</translation>
    </message>
    <message>
        <source>Assign floating IP</source>
        <translation>分配浮动 IP</translation>
    </message>
    <message>
        <source>Release floating IP</source>
        <translation>释放浮动 IP</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>发送请求</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>Floating IP</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>Release address</source>
        <translation>释放地址</translation>
    </message>
    <message>
        <source>Check reachable</source>
        <translation>检测连通</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Wait for image</source>
        <translation>等待镜像</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Open desktop</source>
        <translation>打开桌面</translation>
    </message>
    <message>
        <source>Live migrate</source>
        <translation>热迁移</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>迁移</translation>
    </message>
    <message>
        <source>Evacuate</source>
        <translation>疏散</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Wait for the move</source>
        <translation>等待移动完成</translation>
    </message>
</context>
<context>
    <name>TeacherTray</name>
    <message>
        <source>Opening your desktop</source>
        <translation>正在打开你的桌面</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 已就绪</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connecting to %1… (it did not answer yet: %2)</source>
        <translation>正在连接 %1…（尚未响应：%2）</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>%1
Click here or choose Retry to try again.</source>
        <translation>%1
单击此处或选择“重试”再试一次。</translation>
    </message>
    <message>
        <source>Could not open a browser for %1</source>
        <translation>无法为 %1 打开浏览器</translation>
    </message>
    <message>
        <source>Open my desktop</source>
        <translation>打开我的桌面</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Address: none yet</source>
        <translation>地址：暂无</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Open Phoenix</source>
        <translation>打开 Phoenix</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>Timetable</name>
    <message>
        <source>%1: classroom %2 is taken by %3 at %4.</source>
        <translation>%1：教室 %2 在 %4 被 %3 占用。</translation>
    </message>
    <message>
        <source>%1: the teacher also teaches %2 at %3.</source>
        <translation>%1：教师在 %3 还要上 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n student(s) also have %2 at %3 (%4).</source>
        <translation>
            <numerusform>%1：%n 名学生在 %3 还有 %2（%4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already has a lesson at %2.</source>
        <translation>%1 在 %2 已有课时。</translation>
    </message>
    <message>
        <source>Period %1 must end after it starts.</source>
        <translation>节次 %1 的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Periods %1 (%2–%3) and %4 (%5–%6) overlap.</source>
        <translation>节次 %1（%2–%3）与 %4（%5–%6）重叠。</translation>
    </message>
    <message>
        <source>A lesson needs a start and an end.</source>
        <translation>课时需要开始和结束时间。</translation>
    </message>
    <message>
        <source>A lesson must end after it starts.</source>
        <translation>课时的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A lesson lasts at most 24 hours.</source>
        <translation>课时最长 24 小时。</translation>
    </message>
    <message>
        <source>A repeating lesson needs the date it repeats until.</source>
        <translation>重复的课时需要重复截止日期。</translation>
    </message>
    <message>
        <source>The lesson repeats until a day before its first day.</source>
        <translation>课时的重复截止日期早于第一天。</translation>
    </message>
</context>
<context>
    <name>TimetableGridModel</name>
    <message>
        <source>− %1</source>
        <comment>lesson marked for removal</comment>
        <translation>− %1</translation>
    </message>
    <message>
        <source>+ %1</source>
        <comment>lesson to be added</comment>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>第 %1 节</translation>
    </message>
    <message>
        <source>%1, to be removed</source>
        <translation>%1，将删除</translation>
    </message>
    <message>
        <source>%1, to be added</source>
        <translation>%1，将添加</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>%1 %2–%3, classroom %4</source>
        <translation>%1 %2–%3，教室 %4</translation>
    </message>
    <message>
        <source>%1  %2–%3</source>
        <comment>period name, start, end</comment>
        <translation>%1  %2–%3</translation>
    </message>
    <message>
        <source>as %1</source>
        <comment>make-up day taught as weekday</comment>
        <translation>按%1</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>假期</translation>
    </message>
    <message>
        <source>no term</source>
        <translation>不在学期内</translation>
    </message>
    <message>
        <source>Holiday: %1</source>
        <translation>假期：%1</translation>
    </message>
    <message>
        <source>Make-up day %1: taught as %2</source>
        <translation>调课日 %1：按%2上课</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Week of:</source>
        <translation>周(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Add lessons of:</source>
        <translation>添加课程(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>u&amp;ntil</source>
        <translation>直到(&amp;N)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose the course to add lessons of.</source>
        <translation>请选择要添加课次的课程。</translation>
    </message>
    <message>
        <source>Those periods have lessons already; choose free cells, or press Delete to remove a lesson.</source>
        <translation>这些节次已经有课；请选择空闲的格子，或按 Delete 删除一节课。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…… 还有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Click or drag over free periods to add lessons of the chosen course; select a lesson and press Delete to remove it.</source>
        <translation>单击或拖过空闲节次，为所选课程添加课次；选中一节课后按 Delete 删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) to add, %1 to remove; no conflict.</source>
        <translation>
            <numerusform>将添加 %n 节课，删除 %1 节；无冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): see the list and the red periods.</source>
        <translation>
            <numerusform>%n 个冲突：请查看列表和红色节次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n lesson(s) added, %1 removed.</source>
        <translation>
            <numerusform>已保存：添加 %n 节课，删除 %1 节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Which classroom, teacher or course</source>
        <translation>哪个教室、教师或课程</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>This week only</source>
        <translation>仅本周</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Timetable: periods by weekday</source>
        <translation>课表：按星期排列的节次</translation>
    </message>
    <message>
        <source>Click or drag to add lessons of the chosen course (Space or Enter from the keyboard); Delete removes.</source>
        <translation>单击或拖动以添加所选课程的课次（键盘上用空格或回车）；Delete 删除。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>&amp;Save timetable</source>
        <translation>保存课表(&amp;S)</translation>
    </message>
    <message>
        <source>Disc&amp;ard changes</source>
        <translation>放弃更改(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Periods…</source>
        <translation>节次(&amp;P)…</translation>
    </message>
    <message>
        <source>The periods of the school day: their times, or a whole day generated at once</source>
        <translation>一天中的节次：各节的时间，或一次性生成一整天的节次</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Scheduled</source>
        <translation>已排定</translation>
    </message>
    <message>
        <source>Warming up</source>
        <translation>预热中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>已就绪 %1/%2</translation>
    </message>
    <message>
        <source>Scheduled — warm-up at %1</source>
        <translation>已排定 — %1 预热</translation>
    </message>
    <message>
        <source>Warming up — %1</source>
        <translation>预热中 — %1</translation>
    </message>
    <message>
        <source>Ready — %1</source>
        <translation>就绪 — %1</translation>
    </message>
    <message>
        <source>Running — %1, %2 need a fix</source>
        <translation>进行中 — %1，%2 个需要修复</translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation>进行中 — %1</translation>
    </message>
    <message numerus="yes">
        <source>Over — %n desktop(s) still on</source>
        <translation>
            <numerusform>已结束 — 仍有 %n 个桌面在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <source>%1 of %2 on</source>
        <translation>已开启 %1/%2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>seat %1</source>
        <translation>座位 %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4</source>
        <translation>%1：%2（%3）：%4</translation>
    </message>
    <message>
        <source>%1 %2: prepare %3 desktops for the lesson at %4</source>
        <translation>%1 %2：为 %4 的课时准备 %3 个桌面</translation>
    </message>
    <message numerus="yes">
        <source>Now %1: prepare — %2 %n desktop(s)</source>
        <translation>
            <numerusform>现在 %1：准备 — %2 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1: repair — %2 %n desktop(s)</source>
        <translation>
            <numerusform>现在 %1：修复 — %2 %n 个桌面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1: lesson over — %2 %n desktop(s)</source>
        <translation>
            <numerusform>现在 %1：下课 — %2 %n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>The Phoenix database is not open: there are no courses and lessons to show.</source>
        <translation>Phoenix 数据库未打开：没有可显示的课程和课时。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Nothing to do now.</source>
        <translation>现在没有要做的事。</translation>
    </message>
    <message>
        <source>Nothing needs a person.</source>
        <translation>没有需要人工处理的事项。</translation>
    </message>
    <message>
        <source>No courses yet: add them under Courses or with phoenixctl courses create.</source>
        <translation>还没有课程：请在“课程”中添加，或使用 phoenixctl courses create。</translation>
    </message>
    <message>
        <source>No lessons today or in the coming week.</source>
        <translation>今天和未来一周都没有课时。</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1（不限）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 / %2（%3 %）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;board</source>
        <translation>打开看板(&amp;B)</translation>
    </message>
    <message>
        <source>The readiness board of the selected lesson&apos;s course</source>
        <translation>所选课时所属课程的就绪看板</translation>
    </message>
    <message>
        <source>The scheduler&apos;s &amp;next actions</source>
        <translation>调度器的后续操作(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Needs a person</source>
        <translation>需要人工处理(&amp;N)</translation>
    </message>
    <message>
        <source>Quota use of the project</source>
        <translation>项目的配额使用情况</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>%1 quota used</source>
        <translation>%1 配额使用量</translation>
    </message>
    <message>
        <source>Today&apos;s lessons</source>
        <translation>今天的课时</translation>
    </message>
    <message>
        <source>The scheduler&apos;s next actions</source>
        <translation>调度器的后续操作</translation>
    </message>
    <message>
        <source>Failures that need a person</source>
        <translation>需要人工处理的失败</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Show Phoenix</source>
        <translation>显示 Phoenix</translation>
    </message>
    <message>
        <source>Show tasks</source>
        <translation>显示任务</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>TrayLauncher</name>
    <message>
        <source>Phoenix is running</source>
        <translation>Phoenix 正在运行</translation>
    </message>
    <message>
        <source>The teacher&apos;s tray is already here.</source>
        <translation>教师托盘已经打开。</translation>
    </message>
</context>
<context>
    <name>TraySettingsBox</name>
    <message>
        <source>“%1” is not a network segment (CIDR such as 10.20.0.0/16).</source>
        <translation>“%1”不是网段（应为 CIDR，例如 10.20.0.0/16）。</translation>
    </message>
    <message>
        <source>The gateway line “%1” cannot be read; write external:port=internal:port.</source>
        <translation>无法解析网关行“%1”；请写成 external:port=internal:port（外部地址:端口=内部地址:端口）。</translation>
    </message>
    <message>
        <source>Teacher&apos;s tray and connections</source>
        <translation>教师托盘与连接</translation>
    </message>
    <message>
        <source>Start the &amp;tray when I log in</source>
        <translation>登录时启动托盘(&amp;T)</translation>
    </message>
    <message>
        <source>Remote desktop (RDP)</source>
        <translation>远程桌面（RDP）</translation>
    </message>
    <message>
        <source>SPICE (remote-viewer)</source>
        <translation>SPICE（remote-viewer）</translation>
    </message>
    <message>
        <source>Browser console</source>
        <translation>浏览器控制台</translation>
    </message>
    <message>
        <source>&amp;Connect with:</source>
        <translation>连接方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Intranet segments:</source>
        <translation>内网网段(&amp;I)：</translation>
    </message>
    <message>
        <source>Desktop &amp;gateways:</source>
        <translation>桌面网关(&amp;G)：</translation>
    </message>
    <message>
        <source>e.g. 10.20.0.0/16, 192.168.5.0/24</source>
        <translation>例如 10.20.0.0/16, 192.168.5.0/24</translation>
    </message>
    <message>
        <source>one per line: gw.school.edu:33890=10.20.0.12:3389</source>
        <translation>每行一条：gw.school.edu:33890=10.20.0.12:3389</translation>
    </message>
    <message>
        <source>Inside an intranet segment Phoenix connects to a desktop&apos;s own address; outside, through the gateway for its address, else through a floating IP. A desktop&apos;s phoenix:protocol metadata overrides the protocol.</source>
        <translation>在内网网段内，Phoenix 直接连接桌面自身的地址；在内网网段外，通过该地址对应的网关连接，没有网关时通过浮动 IP 连接。桌面的 phoenix:protocol 元数据优先于这里选择的协议。</translation>
    </message>
</context>
<context>
    <name>UserOperations</name>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除账号</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot; in the project&apos;s domain.</source>
        <translation>项目所在的域中没有名为“%1”的账号。</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的账号已存在。</translation>
    </message>
    <message>
        <source>The account was created, but the %1 role on the project could not be given: %2</source>
        <translation>账号已创建，但无法授予其在项目上的 %1 角色：%2</translation>
    </message>
    <message>
        <source>course %1</source>
        <translation>课程 %1</translation>
    </message>
</context>
<context>
    <name>UsersPasswordsDialog</name>
    <message>
        <source>&amp;Save as CSV…</source>
        <translation>另存为 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>New passwords</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>These passwords are shown only now. Save them once as a CSV for the teacher: Phoenix keeps no copy, and they are gone when this window closes.</source>
        <translation>这些密码只在此时显示。请将它们保存为 CSV 文件交给教师（只能保存一次）：Phoenix 不保留副本，关闭此窗口后它们就无法再查看。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save the passwords as CSV</source>
        <translation>将密码保存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n password(s) to %1 (readable only by you).</source>
        <translation>
            <numerusform>已将 %n 个密码保存到 %1（仅你可读）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The passwords were saved already; Phoenix writes them once.</source>
        <translation>密码已经保存过了；Phoenix 只写入一次。</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you). Give it to the teacher, then delete it. Phoenix keeps no copy.</source>
        <translation>已保存到 %1（仅你可读）。请将其交给教师，然后删除该文件。Phoenix 不保留副本。</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Keystone account</source>
        <translation>Keystone 账号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Save the names as CSV</source>
        <translation>将用户名保存为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Saved the names to %1.</source>
        <translation>已将用户名保存到 %1。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Could not read the rosters: %1</source>
        <translation>无法读取名单：%1</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>所有课程</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>无法读取账号：%1</translation>
    </message>
    <message numerus="yes">
        <source>Create %n missing account(s)</source>
        <translation>
            <numerusform>创建 %n 个缺失的账号</numerusform>
        </translation>
    </message>
    <message>
        <source>Create missing accounts</source>
        <translation>创建缺失的账号</translation>
    </message>
    <message>
        <source>Connect to a cloud to manage the accounts of the rosters.</source>
        <translation>连接到云后才能管理名单中的账号。</translation>
    </message>
    <message>
        <source>&quot;Save names as CSV…&quot; writes the roster&apos;s names for them.</source>
        <translation>“将用户名保存为 CSV…”可为他们写出名单中的用户名。</translation>
    </message>
    <message>
        <source>No course has a roster yet: add courses and rosters first.</source>
        <translation>还没有任何课程有名单：请先添加课程和名单。</translation>
    </message>
    <message>
        <source>Accounts are created in the project&apos;s domain with the member role on the project. Generated passwords are shown once and saved once to a CSV for the teacher; Phoenix keeps no copy.</source>
        <translation>账号创建在项目所在的域中，并在项目上拥有 member 角色。生成的密码只显示一次，并只保存一次到交给教师的 CSV 文件中；Phoenix 不保留副本。</translation>
    </message>
    <message numerus="yes">
        <source>Create %n Keystone account(s) with generated passwords?</source>
        <translation>
            <numerusform>创建 %n 个 Keystone 账号并生成密码？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n account(s)? They can no longer sign in: %1</source>
        <translation>
            <numerusform>停用 %n 个账号？停用后它们将无法登录：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give %n account(s) a new generated password? The old ones stop working: %1</source>
        <translation>
            <numerusform>为 %n 个账号生成新密码？旧密码将失效：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: 0 of %2…</source>
        <translation>%1：0 / %2…</translation>
    </message>
    <message>
        <source>%1: %2 of %3…</source>
        <translation>%1：%2 / %3…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n done.</source>
        <translation>
            <numerusform>%1：已完成 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed. %4</source>
        <translation>%1：%2 个完成，%3 个失败。%4</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>课程(&amp;C)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>重置密码(&amp;R)</translation>
    </message>
    <message>
        <source>Save names as CSV…</source>
        <translation>将用户名保存为 CSV…</translation>
    </message>
    <message>
        <source>The roster&apos;s names, roles and account states, for whoever creates the accounts</source>
        <translation>名单中的用户名、角色和账号状态，供创建账号的人使用</translation>
    </message>
    <message>
        <source>Accounts of the roster</source>
        <translation>名单中的账号</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Phoenix</source>
        <translation>Phoenix</translation>
    </message>
    <message>
        <source>Cloud desktops for the school&apos;s labs. Connect to your OpenStack cloud to see and run the teacher and student desktops — or open the demo cloud to look around first.</source>
        <translation>面向学校机房的云桌面。连接到您的 OpenStack 云，即可查看和管理教师桌面与学生桌面；也可以先打开演示云看一看。</translation>
    </message>
    <message>
        <source>&amp;Connect to a cloud…</source>
        <translation>连接到云(&amp;C)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo cloud</source>
        <translation>打开演示云(&amp;D)</translation>
    </message>
    <message>
        <source>A simulated OpenStack with a seeded school, running inside Phoenix; nothing real is touched</source>
        <translation>在 Phoenix 内运行的模拟 OpenStack，预置了一所学校的数据；不会触及任何真实资源</translation>
    </message>
    <message>
        <source>Recent connections:</source>
        <translation>最近的连接：</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>Could not start writing to the Phoenix database.</source>
        <translation>无法开始写入 Phoenix 数据库。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Phoenix database could not be opened: %1 Task history and the audit log are not kept in this session.</source>
        <translation>无法打开 Phoenix 数据库：%1 本次会话不会保留任务历史和审计日志。</translation>
    </message>
    <message>
        <source>The database password is still in the settings file: it could not be moved to the keyring. %1</source>
        <translation>数据库密码仍在设置文件中：无法将其移到密钥环。%1</translation>
    </message>
    <message>
        <source>The Phoenix database is not open: no rosters.</source>
        <translation>Phoenix 数据库未打开：没有名单。</translation>
    </message>
    <message>
        <source>Not a Phoenix link: %1</source>
        <translation>不是 Phoenix 链接：%1</translation>
    </message>
    <message>
        <source>Phoenix is running already: the link went to it.</source>
        <translation>Phoenix 已在运行：链接已交给它处理。</translation>
    </message>
    <message>
        <source>The teacher&apos;s tray is running already.</source>
        <translation>教师托盘已在运行。</translation>
    </message>
</context>
<context>
    <name>phoenixctl</name>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>&quot;desktops list&quot; takes no names; use --role or --course to filter.</source>
        <translation>“desktops list”不接受名称；请使用 --role 或 --course 进行筛选。</translation>
    </message>
    <message>
        <source>&quot;desktops show&quot; needs exactly one desktop name or ID.</source>
        <translation>“desktops show”需要且只需要一个桌面名称或 ID。</translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; takes no names; give --name-template and --count or --owners-csv.</source>
        <translation>“desktops create”不接受名称；请指定 --name-template 以及 --count 或 --owners-csv。</translation>
    </message>
    <message>
        <source>&quot;desktops %1&quot; needs at least one desktop name or ID.</source>
        <translation>“desktops %1”至少需要一个桌面名称或 ID。</translation>
    </message>
    <message>
        <source>&quot;desktops&quot; needs a subcommand: list, show, create, %1.</source>
        <translation>“desktops”需要子命令：list、show、create、%1。</translation>
    </message>
    <message>
        <source>Unknown desktops command &quot;%1&quot;.</source>
        <translation>未知的 desktops 命令“%1”。</translation>
    </message>
    <message>
        <source>Use &quot;%1 list&quot;.</source>
        <translation>请使用“%1 list”。</translation>
    </message>
    <message>
        <source>&quot;%1 list&quot; takes no further arguments.</source>
        <translation>“%1 list”不接受其他参数。</translation>
    </message>
    <message>
        <source>&quot;floating-ips list&quot; takes no further arguments.</source>
        <translation>“floating-ips list”不接受其他参数。</translation>
    </message>
    <message>
        <source>&quot;floating-ips %1&quot; needs exactly one desktop name or ID.</source>
        <translation>“floating-ips %1”需要且只需要一个桌面名称或 ID。</translation>
    </message>
    <message>
        <source>Use &quot;floating-ips list&quot;, &quot;floating-ips assign DESKTOP&quot; or &quot;floating-ips release DESKTOP&quot;.</source>
        <translation>请使用“floating-ips list”、“floating-ips assign DESKTOP”或“floating-ips release DESKTOP”。</translation>
    </message>
    <message>
        <source>&quot;limits&quot; takes no further arguments.</source>
        <translation>“limits”不接受其他参数。</translation>
    </message>
    <message>
        <source>&quot;tasks&quot; needs a subcommand: list, show, retry, cancel, resume.</source>
        <translation>“tasks”需要子命令：list、show、retry、cancel、resume。</translation>
    </message>
    <message>
        <source>Unknown tasks command &quot;%1&quot;.</source>
        <translation>未知的 tasks 命令“%1”。</translation>
    </message>
    <message>
        <source>&quot;tasks list&quot; takes no IDs; use --batch or --state to filter.</source>
        <translation>“tasks list”不接受 ID；请使用 --batch 或 --state 进行筛选。</translation>
    </message>
    <message>
        <source>&quot;tasks resume&quot; takes no IDs: it continues every unfinished task.</source>
        <translation>“tasks resume”不接受 ID：它会继续所有未完成的任务。</translation>
    </message>
    <message>
        <source>&quot;tasks %1&quot; needs exactly one task or batch ID.</source>
        <translation>“tasks %1”需要且只需要一个任务 ID 或批次 ID。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 不适用于此命令。</translation>
    </message>
    <message>
        <source>--role must be teacher or student.</source>
        <translation>--role 必须是 teacher 或 student。</translation>
    </message>
    <message>
        <source>--wait and --no-wait exclude each other.</source>
        <translation>--wait 和 --no-wait 不能同时使用。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds.</source>
        <translation>--timeout 需要一个秒数。</translation>
    </message>
    <message>
        <source>--concurrency needs a number from 1 to 64.</source>
        <translation>--concurrency 需要 1 到 64 之间的数字。</translation>
    </message>
    <message>
        <source>--detect-timeout needs a number of seconds (0: check once).</source>
        <translation>--detect-timeout 需要一个秒数（0：只检测一次）。</translation>
    </message>
    <message>
        <source>--limit needs a number (0: all).</source>
        <translation>--limit 需要一个数字（0：全部）。</translation>
    </message>
    <message>
        <source>--state takes %1 or unfinished.</source>
        <translation>--state 可取 %1 或 unfinished。</translation>
    </message>
    <message>
        <source>--state needs a state.</source>
        <translation>--state 需要指定状态。</translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; needs --name-template, e.g. &quot;lab-{n:02}&quot;.</source>
        <translation>“desktops create”需要 --name-template，例如“lab-{n:02}”。</translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; needs --image, --flavor and --network.</source>
        <translation>“desktops create”需要 --image、--flavor 和 --network。</translation>
    </message>
    <message>
        <source>&quot;desktops create&quot; needs either --count N or --owners-csv FILE.</source>
        <translation>“desktops create”需要 --count N 或 --owners-csv FILE 二者之一。</translation>
    </message>
    <message>
        <source>--count needs a number from 1 to 1000.</source>
        <translation>--count 需要 1 到 1000 之间的数字。</translation>
    </message>
    <message>
        <source>--owner and --owners-csv exclude each other.</source>
        <translation>--owner 和 --owners-csv 不能同时使用。</translation>
    </message>
    <message>
        <source>--type must be course or static.</source>
        <translation>--type 必须是 course 或 static。</translation>
    </message>
    <message>
        <source>--type course needs --course.</source>
        <translation>--type course 需要同时指定 --course。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>COURSE</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>FIXED IP</source>
        <translation>固定 IP</translation>
    </message>
    <message>
        <source>FLOATING IP</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>fixed IP</source>
        <translation>固定 IP</translation>
    </message>
    <message>
        <source>floating IP</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>metadata %1</source>
        <translation>元数据 %1</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>REQUEST ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>VCPUS</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM MB</source>
        <translation>内存 MB</translation>
    </message>
    <message>
        <source>DISK GB</source>
        <translation>磁盘 GB</translation>
    </message>
    <message>
        <source>PUBLIC</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>EXTERNAL</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>SHARED</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>SUBNETS</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <source>Wait for %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>BATCH</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>DESKTOP</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>desktop</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>server id</source>
        <translation>云主机 ID</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>request id</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>TRY</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>TOOK</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>running</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>No stage has run yet.
</source>
        <translation>尚未运行任何阶段。
</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 failed, %4 cancelled, %5 unfinished</source>
        <translation>%1：%2 个完成，%3 个失败，%4 个已取消，%5 个未完成</translation>
    </message>
    <message numerus="yes">
        <source>phoenixctl: %1, %n desktop(s)</source>
        <translation>
            <numerusform>phoenixctl：%1，%n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>No servers.
</source>
        <translation>没有云主机。
</translation>
    </message>
    <message>
        <source>No desktops (servers with Phoenix metadata); --all lists every server.
</source>
        <translation>没有桌面（带有 Phoenix 元数据的云主机）；使用 --all 可列出所有云主机。
</translation>
    </message>
    <message>
        <source>%1: the floating IP was assigned but is no longer attached.</source>
        <translation>%1：浮动 IP 已分配，但已不再绑定。</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1：%2
</translation>
    </message>
    <message>
        <source>%1: had no floating IP
</source>
        <translation>%1：原本就没有浮动 IP
</translation>
    </message>
    <message>
        <source>%1: released %2
</source>
        <translation>%1：已释放 %2
</translation>
    </message>
    <message>
        <source>skipped: exists</source>
        <translation>跳过：已存在</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <source>SEAT</source>
        <translation>座位</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>无效：%1</translation>
    </message>
    <message>
        <source>%1 to create, %2 skipped (dry run: nothing was created)
</source>
        <translation>将创建 %1 个，跳过 %2 个（试运行：未创建任何桌面）
</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Nothing was created.</source>
        <translation>未创建任何桌面。</translation>
    </message>
    <message>
        <source>Nothing to create: every desktop exists already.
</source>
        <translation>无需创建：所有桌面都已存在。
</translation>
    </message>
    <message numerus="yes">
        <source>phoenixctl: create %n desktop(s)</source>
        <translation>
            <numerusform>phoenixctl：创建 %n 个桌面</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the roster %1: %2</source>
        <translation>无法读取名单 %1：%2</translation>
    </message>
    <message>
        <source>The roster names nobody.</source>
        <translation>名单中没有任何人。</translation>
    </message>
    <message>
        <source>Fix the roster; nothing was created.</source>
        <translation>请修正名单；未创建任何桌面。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is the start of %n IDs; give more of it.</source>
        <translation>
            <numerusform>有 %n 个 ID 以“%1”开头；请输入更长的前缀。</numerusform>
        </translation>
    </message>
    <message>
        <source>No task or batch of this cloud and project has the ID &quot;%1&quot;.</source>
        <translation>此云和项目中没有 ID 为“%1”的任务或批次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a batch ID.</source>
        <translation>“%1”不是批次 ID。</translation>
    </message>
    <message>
        <source>No tasks.
</source>
        <translation>没有任务。
</translation>
    </message>
    <message>
        <source>Task %1 (%2) is %3: only failed or cancelled tasks are retried.</source>
        <translation>任务 %1（%2）的状态为 %3：只会重试失败或已取消的任务。</translation>
    </message>
    <message>
        <source>Batch %1 has no failed or cancelled task.
</source>
        <translation>批次 %1 中没有失败或已取消的任务。
</translation>
    </message>
    <message>
        <source>Nothing to retry.</source>
        <translation>没有可重试的任务。</translation>
    </message>
    <message>
        <source>Cancelled with phoenixctl.</source>
        <translation>已通过 phoenixctl 取消。</translation>
    </message>
    <message>
        <source>Task %1 is %2; nothing to cancel.
</source>
        <translation>任务 %1 的状态为 %2；无需取消。
</translation>
    </message>
    <message>
        <source>Batch %1 has no unfinished task; nothing to cancel.
</source>
        <translation>批次 %1 没有未完成的任务；无需取消。
</translation>
    </message>
    <message>
        <source>%1  %2: cancelled
</source>
        <translation>%1  %2：已取消
</translation>
    </message>
    <message>
        <source>Nothing to resume: no unfinished task of this cloud and project.</source>
        <translation>无需继续：此云和项目中没有未完成的任务。</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>No floating IPs.
</source>
        <translation>没有浮动 IP。
</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>desktops (instances)</source>
        <translation>桌面（实例）</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM (MB)</source>
        <translation>内存 (MB)</translation>
    </message>
    <message>
        <source>floating IPs</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>key pairs</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <source>server groups</source>
        <translation>云主机组</translation>
    </message>
    <message>
        <source>Task %1 (%2) is being run by another Phoenix process; leaving it.</source>
        <translation>任务 %1（%2）正由另一个 Phoenix 进程运行，将其跳过。</translation>
    </message>
    <message>
        <source>Run &quot;phoenixctl --help&quot; for the commands.</source>
        <translation>运行“phoenixctl --help”查看可用的命令。</translation>
    </message>
    <message>
        <source>Desktops and inventory:</source>
        <translation>桌面和资源清单：</translation>
    </message>
    <message>
        <source>Operations (run as journaled tasks of one batch):</source>
        <translation>操作（作为同一批次中记入日志的任务运行）：</translation>
    </message>
    <message>
        <source>Tasks (the journal in the Phoenix database, this cloud and project only):</source>
        <translation>任务（Phoenix 数据库中的任务日志，仅限此云和项目）：</translation>
    </message>
    <message>
        <source>  desktops list [--role teacher|student] [--course C] [--all] [--json]
</source>
        <translation>  desktops list [--role teacher|student] [--course C] [--all] [--json]
</translation>
    </message>
    <message>
        <source>  desktops show NAME|ID [--json]
</source>
        <translation>  desktops show NAME|ID [--json]
</translation>
    </message>
    <message>
        <source>  desktops start|stop|suspend|resume|shelve|unshelve|delete NAME|ID...
</source>
        <translation>  desktops start|stop|suspend|resume|shelve|unshelve|delete NAME|ID...
</translation>
    </message>
    <message>
        <source>  desktops reboot [--hard] NAME|ID...
</source>
        <translation>  desktops reboot [--hard] NAME|ID...
</translation>
    </message>
    <message>
        <source>  desktops rebuild [--image NAME|ID] NAME|ID...
</source>
        <translation>  desktops rebuild [--image NAME|ID] NAME|ID...
</translation>
    </message>
    <message>
        <source>  desktops create --name-template T --count N | --owners-csv FILE
                  --image I --flavor F --network NET [--role teacher|student]
                  [--owner O] [--course C] [--type course|static] [--dry-run]
</source>
        <translation>  desktops create --name-template T --count N | --owners-csv FILE
                  --image I --flavor F --network NET [--role teacher|student]
                  [--owner O] [--course C] [--type course|static] [--dry-run]
</translation>
    </message>
    <message>
        <source>  floating-ips assign DESKTOP | floating-ips release DESKTOP
</source>
        <translation>  floating-ips assign DESKTOP | floating-ips release DESKTOP
</translation>
    </message>
    <message>
        <source>    common: [--wait | --no-wait] [--timeout S] [--db URL] [--concurrency N]
            [--detect-timeout S] [--json]
    Runs the tasks to their end and prints a line per desktop; --wait also prints
    every stage; --no-wait only journals the batch (&quot;tasks resume&quot; runs it).
    Templates: {n} {n:02} (1-based serial), {seat} {seat:02}, {owner}, {course}, {role}.
</source>
        <translation>    通用选项：[--wait | --no-wait] [--timeout S] [--db URL] [--concurrency N]
              [--detect-timeout S] [--json]
    将任务运行到结束，并为每个桌面输出一行；--wait 还会输出每个阶段；
    --no-wait 只将批次记入日志（由“tasks resume”运行）。
    模板：{n} {n:02}（从 1 开始的序号）、{seat} {seat:02}、{owner}、{course}、{role}。
</translation>
    </message>
    <message>
        <source>  tasks list [--batch ID] [--state S[,S...]|unfinished] [--limit N] [--json]
</source>
        <translation>  tasks list [--batch ID] [--state S[,S...]|unfinished] [--limit N] [--json]
</translation>
    </message>
    <message>
        <source>  tasks show ID [--json]          a task (stage results) or a batch
</source>
        <translation>  tasks show ID [--json]          显示一个任务（含阶段结果）或一个批次
</translation>
    </message>
    <message>
        <source>  tasks retry ID [--wait]         a failed task from its failed stage, or a batch&apos;s failed ones
</source>
        <translation>  tasks retry ID [--wait]         从失败的阶段重试失败的任务，或重试批次中失败的任务
</translation>
    </message>
    <message>
        <source>  tasks cancel ID                 a task or batch that no running process runs
</source>
        <translation>  tasks cancel ID                 取消没有进程在运行的任务或批次
</translation>
    </message>
    <message>
        <source>  tasks resume [--wait]           unfinished tasks, e.g. after a crash
</source>
        <translation>  tasks resume [--wait]           继续未完成的任务，例如在崩溃之后
</translation>
    </message>
    <message>
        <source>  IDs may be shortened to a unique prefix (as &quot;tasks list&quot; shows them).
</source>
        <translation>  ID 可以缩写为唯一的前缀（与“tasks list”显示的相同）。
</translation>
    </message>
    <message>
        <source>  images list | flavors list | networks list | floating-ips list | limits   [--json]
</source>
        <translation>  images list | flavors list | networks list | floating-ips list | limits   [--json]
</translation>
    </message>
    <message>
        <source>Courses, lessons and the scheduler:</source>
        <translation>课程、课时与调度器：</translation>
    </message>
    <message>
        <source>  courses list | courses show CODE | courses delete CODE
</source>
        <translation>  courses list | courses show CODE | courses delete CODE
</translation>
    </message>
    <message>
        <source>  courses create CODE --name N --teacher USER --image I --flavor F --network NET
                 [--policy suspend|shelve|stop|delete] [--template T] [--classroom R]
                 [--from DATE --to DATE] [--capacity N] [--protocol P] [--grace MIN]
  courses update CODE [the same options]
</source>
        <translation>  courses create CODE --name N --teacher USER --image I --flavor F --network NET
                 [--policy suspend|shelve|stop|delete] [--template T] [--classroom R]
                 [--from DATE --to DATE] [--capacity N] [--protocol P] [--grace MIN]
  courses update CODE [同样的选项]
</translation>
    </message>
    <message>
        <source>  courses roster import CODE FILE.csv    (header owner,seat; UTF-8 or GBK)
  courses roster export CODE [--output FILE]
</source>
        <translation>  courses roster import CODE FILE.csv    （表头 owner,seat；UTF-8 或 GBK）
  courses roster export CODE [--output FILE]
</translation>
    </message>
    <message>
        <source>  courses start CODE [--until TIME | --minutes N]   a lesson from now on
  courses stop CODE | courses extend CODE --minutes N | courses supply CODE --count N
</source>
        <translation>  courses start CODE [--until TIME | --minutes N]   从现在开始一个课时
  courses stop CODE | courses extend CODE --minutes N | courses supply CODE --count N
</translation>
    </message>
    <message>
        <source>  classrooms list | classrooms add NAME --seats N | classrooms delete NAME
</source>
        <translation>  classrooms list | classrooms add NAME --seats N | classrooms delete NAME
</translation>
    </message>
    <message>
        <source>  lessons add COURSE --start TIME --end TIME [--weekly-until DATE | --daily-until DATE]
              [--classroom R] [--force]
  lessons list [--course C] [--from DATE --to DATE] | lessons delete ID
</source>
        <translation>  lessons add COURSE --start TIME --end TIME [--weekly-until DATE | --daily-until DATE]
              [--classroom R] [--force]
  lessons list [--course C] [--from DATE --to DATE] | lessons delete ID
</translation>
    </message>
    <message>
        <source>  calendar list | calendar holiday add|delete DATE [--to DATE] [--name N]
  calendar makeup add DATE --as WEEKDAY | calendar term add NAME --from DATE --to DATE
</source>
        <translation>  calendar list | calendar holiday add|delete DATE [--to DATE] [--name N]
  calendar makeup add DATE --as WEEKDAY | calendar term add NAME --from DATE --to DATE
</translation>
    </message>
    <message>
        <source>--capacity needs a number (0: no limit).</source>
        <translation>--capacity 需要一个数字（0：不限）。</translation>
    </message>
    <message>
        <source>--grace needs a number of minutes.</source>
        <translation>--grace 需要分钟数。</translation>
    </message>
    <message>
        <source>--minutes needs a number from 1 to 1440.</source>
        <translation>--minutes 需要 1 到 1440 之间的数字。</translation>
    </message>
    <message>
        <source>--seats needs a number.</source>
        <translation>--seats 需要一个数字。</translation>
    </message>
    <message>
        <source>--ahead needs a number of seconds.</source>
        <translation>--ahead 需要秒数。</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds (at least 5).</source>
        <translation>--interval 需要秒数（至少 5）。</translation>
    </message>
    <message>
        <source>--policy must be suspend, shelve, stop or delete.</source>
        <translation>--policy 必须是 suspend、shelve、stop 或 delete。</translation>
    </message>
    <message>
        <source>--%1 needs a time such as 2026-12-07T08:00.</source>
        <translation>--%1 需要时间，例如 2026-12-07T08:00。</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2026-12-07.</source>
        <translation>--%1 需要日期，例如 2026-12-07。</translation>
    </message>
    <message>
        <source>--weekly-until and --daily-until exclude each other.</source>
        <translation>--weekly-until 与 --daily-until 不能同时使用。</translation>
    </message>
    <message>
        <source>--until and --minutes exclude each other.</source>
        <translation>--until 与 --minutes 不能同时使用。</translation>
    </message>
    <message>
        <source>--as needs a weekday: mon, tue, ... sun (or 1-7).</source>
        <translation>--as 需要星期几：mon、tue……sun（或 1-7）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-12-07.</source>
        <translation>“%1”不是日期（例如 2026-12-07）。</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; takes no further arguments.</source>
        <translation>“%1 %2”不接受更多参数。</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; needs more arguments; see phoenixctl --help.</source>
        <translation>“%1 %2”需要更多参数；请参阅 phoenixctl --help。</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; needs one of: %3.</source>
        <translation>“%1 %2”需要以下之一：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no further arguments.</source>
        <translation>“%1”不接受更多参数。</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; needs %n argument(s); see phoenixctl --help.</source>
        <translation>
            <numerusform>“%1”需要 %n 个参数；请参阅 phoenixctl --help。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs --%2.</source>
        <translation>“%1”需要 --%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>“%1”需要以下之一：%2。</translation>
    </message>
    <message>
        <source>Unknown %1 command &quot;%2&quot;.</source>
        <translation>未知的 %1 命令“%2”。</translation>
    </message>
    <message>
        <source>    TIME: 2026-12-07T08:00 (school time) or with Z / an offset; DATE: 2026-12-07.
    --now sets the scheduler&apos;s clock (tests, rehearsals). All take [--db URL] [--json].
</source>
        <translation>    TIME：2026-12-07T08:00（学校时间）或带 Z / 时区偏移；DATE：2026-12-07。
    --now 设置调度器的时钟（测试、演练）。所有命令都接受 [--db URL] [--json]。
</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>TEACHER</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>STUDENTS</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>FLAVOR</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>下课策略</translation>
    </message>
    <message>
        <source>CLASSROOM</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>There is no course %1.</source>
        <translation>没有课程 %1。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>%1, %2, network %3</source>
        <translation>%1，%2，网络 %3</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>命名</translation>
    </message>
    <message>
        <source>After lessons</source>
        <translation>下课后</translation>
    </message>
    <message>
        <source>%1 after %2 min</source>
        <translation>%2 分钟后%1</translation>
    </message>
    <message>
        <source>Classroom</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Next lessons (14 days):</source>
        <translation>接下来的课时（14 天）：</translation>
    </message>
    <message>
        <source>The course %1 exists already; use &quot;courses update&quot;.</source>
        <translation>课程 %1 已存在；请使用“courses update”。</translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <source>The naming template needs {owner} or {seat} so that every desktop gets its own name.</source>
        <translation>命名模板需要包含 {owner} 或 {seat}，以便每个桌面有自己的名称。</translation>
    </message>
    <message>
        <source>There is no classroom %1 (phoenixctl classrooms add %1 --seats N).</source>
        <translation>没有教室 %1（phoenixctl classrooms add %1 --seats N）。</translation>
    </message>
    <message>
        <source>Course %1 created.</source>
        <translation>已创建课程 %1。</translation>
    </message>
    <message>
        <source>Course %1 updated.</source>
        <translation>已更新课程 %1。</translation>
    </message>
    <message>
        <source>%1 has a lesson running until %2; stop it first (courses stop %1).</source>
        <translation>%1 有课时进行到 %2；请先停止（courses stop %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n desktop(s); delete them first.</source>
        <translation>
            <numerusform>%1 仍有 %n 个桌面；请先删除它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>Course %1 deleted with its roster and lessons.</source>
        <translation>已删除课程 %1 及其名单和课时。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 students from %2 (%3)</source>
        <translation>来自 %2 的 %1 名学生（%3）</translation>
    </message>
    <message>
        <source>%1: roster of %2 students imported (%3).</source>
        <translation>%1：已导入 %2 名学生的名单（%3）。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 students written to %2.</source>
        <translation>已将 %1 名学生写入 %2。</translation>
    </message>
    <message>
        <source>Classroom %1 saved.</source>
        <translation>已保存教室 %1。</translation>
    </message>
    <message>
        <source>Classroom %1 deleted.</source>
        <translation>已删除教室 %1。</translation>
    </message>
    <message>
        <source>SEATS</source>
        <translation>座位数</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>节次</translation>
    </message>
    <message>
        <source>START</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>END</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>%1 is a holiday: no desktop is prepared that day.</source>
        <translation>%1 是假日：当天不准备任何桌面。</translation>
    </message>
    <message>
        <source>%1 to %2 are holidays: no desktop is prepared those days.</source>
        <translation>%1 至 %2 是假日：这些天不准备任何桌面。</translation>
    </message>
    <message>
        <source>Holiday from %1 removed.</source>
        <translation>已删除从 %1 开始的假日。</translation>
    </message>
    <message>
        <source>%1 is taught as a %2.</source>
        <translation>%1 按%2上课。</translation>
    </message>
    <message>
        <source>Make-up day %1 removed.</source>
        <translation>已删除调休日 %1。</translation>
    </message>
    <message>
        <source>Term %1 saved.</source>
        <translation>已保存学期 %1。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>从</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>到</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>term</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <source>make-up day</source>
        <translation>调休日</translation>
    </message>
    <message>
        <source>taught as %1</source>
        <translation>按%1上课</translation>
    </message>
    <message>
        <source>Unknown command.</source>
        <translation>未知命令。</translation>
    </message>
    <message>
        <source>LESSON</source>
        <translation>课时</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>教室</translation>
    </message>
    <message>
        <source>DESKTOPS</source>
        <translation>桌面</translation>
    </message>
    <message>
        <source>PREPARE FROM</source>
        <translation>开始准备</translation>
    </message>
    <message>
        <source>READY BY</source>
        <translation>就绪时间</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 就绪</translation>
    </message>
    <message>
        <source>ready by %1</source>
        <translation>%1 前就绪</translation>
    </message>
    <message>
        <source>No lessons in this window.
</source>
        <translation>此时间段内没有课时。
</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Nothing to do at %1.</source>
        <translation>%1 无需操作。</translation>
    </message>
    <message>
        <source>No lesson falls on a school day in this range (holidays, term, course dates); nothing was saved.</source>
        <translation>此范围内没有课时落在上课日（假日、学期、课程日期）；未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s); nothing was saved (--force saves anyway).</source>
        <translation>
            <numerusform>%n 处冲突；未保存任何内容（--force 仍会保存）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) from %1</source>
        <translation>
            <numerusform>从 %1 起 %n 个课时</numerusform>
        </translation>
    </message>
    <message>
        <source>The project&apos;s quota cannot hold these lessons: %1 (%2). Nothing was saved (--force saves anyway).</source>
        <translation>项目配额无法容纳这些课时：%1（%2）。未保存任何内容（--force 仍会保存）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lesson(s) saved.</source>
        <translation>
            <numerusform>%1：已保存 %n 个课时。</numerusform>
        </translation>
    </message>
    <message>
        <source>LESSON ID</source>
        <translation>课时 ID</translation>
    </message>
    <message>
        <source>There is no lesson %1.</source>
        <translation>没有课时 %1。</translation>
    </message>
    <message>
        <source>%1 names %2 lessons; give more of the ID.</source>
        <translation>%1 对应 %2 个课时；请给出更长的 ID。</translation>
    </message>
    <message>
        <source>Lesson %1 deleted.</source>
        <translation>已删除课时 %1。</translation>
    </message>
    <message>
        <source>The scheduler acts on its next tick (phoenixctl schedule run --once).</source>
        <translation>调度器将在下一次运行时执行（phoenixctl schedule run --once）。</translation>
    </message>
    <message>
        <source>%1 has a lesson until %2 already (use courses extend).</source>
        <translation>%1 已有课时到 %2（请使用 courses extend）。</translation>
    </message>
    <message>
        <source>%1 started: a lesson until %2. The scheduler prepares its desktops on its next tick.</source>
        <translation>%1 已开始：课时到 %2。调度器将在下一次运行时准备桌面。</translation>
    </message>
    <message>
        <source>%1 has no lesson now.</source>
        <translation>%1 现在没有课时。</translation>
    </message>
    <message>
        <source>%1 stopped: its desktops get the end-of-lesson policy (%2) now.</source>
        <translation>%1 已停止：其桌面现在执行下课策略（%2）。</translation>
    </message>
    <message>
        <source>%1 extended by %2 min, until %3.</source>
        <translation>%1 已延长 %2 分钟，到 %3。</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 分钟</translation>
    </message>
    <message>
        <source>%1: %2 more desktops for the lesson until %3.</source>
        <translation>%1：为到 %3 的课时增加 %2 个桌面。</translation>
    </message>
    <message>
        <source>+%1 desktops</source>
        <translation>+%1 个桌面</translation>
    </message>
    <message>
        <source>Courses: %1
Next lesson: %2
Leader: %3
Preparations learned from: %4
Database: %5
</source>
        <translation>课程：%1
下一课时：%2
主导调度器：%3
已学习的准备次数：%4
数据库：%5
</translation>
    </message>
    <message>
        <source>Another scheduler leads for this project; nothing done.</source>
        <translation>此项目由另一个调度器主导；未执行任何操作。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s) started; phoenix:expires updated on %2</source>
        <translation>
            <numerusform>%1：已启动 %n 个任务；已更新 %2 个桌面的 phoenix:expires</numerusform>
        </translation>
    </message>
    <message>
        <source>  schedule plan [--from TIME --to TIME] [--now TIME]   what the scheduler would do; sends nothing
  schedule run [--once] [--now TIME] [--ahead S] [--interval S] | schedule status
  schedule install | schedule uninstall   every minute from a systemd user timer or crontab
                                          (Windows: the Task Scheduler)
</source>
        <translation>  schedule plan [--from TIME --to TIME] [--now TIME]   调度器将要做什么；不发送任何请求
  schedule run [--once] [--now TIME] [--ahead S] [--interval S] | schedule status
  schedule install | schedule uninstall   由 systemd 用户定时器或 crontab 每分钟运行
                                          （Windows：任务计划程序）
</translation>
    </message>
    <message>
        <source>Installed: the Task Scheduler runs the scheduler every minute (task %1).</source>
        <translation>已安装：任务计划程序每分钟运行调度器（任务 %1）。</translation>
    </message>
    <message>
        <source>schtasks failed: %1</source>
        <translation>schtasks 失败：%1</translation>
    </message>
    <message>
        <source>Installed: a systemd user timer runs the scheduler every minute (phoenix-scheduler.timer).</source>
        <translation>已安装：systemd 用户定时器每分钟运行调度器（phoenix-scheduler.timer）。</translation>
    </message>
    <message>
        <source>systemctl failed: %1</source>
        <translation>systemctl 失败：%1</translation>
    </message>
    <message>
        <source>Neither a systemd user session nor crontab is available; run &quot;phoenixctl schedule run&quot; as a service instead.</source>
        <translation>既没有 systemd 用户会话也没有 crontab；请改为将“phoenixctl schedule run”作为服务运行。</translation>
    </message>
    <message>
        <source>Installed: a crontab line runs the scheduler every minute.</source>
        <translation>已安装：一行 crontab 每分钟运行调度器。</translation>
    </message>
    <message>
        <source>crontab failed: %1</source>
        <translation>crontab 失败：%1</translation>
    </message>
    <message>
        <source>Uninstalled: the Task Scheduler task is gone.</source>
        <translation>已卸载：任务计划程序中的任务已删除。</translation>
    </message>
    <message>
        <source>Uninstalled.</source>
        <translation>已卸载。</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>%2 上的进程 %1</translation>
    </message>
    <message>
        <source>Task %1 (%2) is being run by another Phoenix process (%3); cancel it there (Ctrl+C in phoenixctl, Cancel in the window) or wait for it.</source>
        <translation>任务 %1（%2）正由另一个 Phoenix 进程（%3）运行；请在那里取消（在 phoenixctl 中按 Ctrl+C，在窗口中点“取消”），或等待它完成。</translation>
    </message>
    <message>
        <source>Usage: phoenixctl [--os-cloud NAME] [--require-tls] COMMAND [options]
</source>
        <translation>用法：phoenixctl [--os-cloud NAME] [--require-tls] COMMAND [options]
</translation>
    </message>
    <message>
        <source>
The cloud comes from --os-cloud, else OS_CLOUD, else the OS_* variables; clouds.yaml is
searched in ., ~/.config/openstack and /etc/openstack (or OS_CLIENT_CONFIG_FILE).
A cloud reached over plain http:// is used with a warning; --require-tls (or the
setting security/requireTls) refuses it.
The database is --db (sqlite:FILE, a file path, or postgresql://user@host/db with
PGPASSWORD), else the one in Phoenix&apos;s settings, else the user&apos;s SQLite file.
Exit status: 0 success, 1 an operation or task failed, 2 the command line is wrong.
</source>
        <translation>
云取自 --os-cloud，其次是 OS_CLOUD，再次是 OS_* 变量；clouds.yaml 的查找位置为
.、~/.config/openstack 和 /etc/openstack（或 OS_CLIENT_CONFIG_FILE）。
通过明文 http:// 访问的云可以使用，但会给出警告；--require-tls（或设置
security/requireTls）会拒绝它。
数据库取自 --db（sqlite:FILE、文件路径，或 postgresql://user@host/db 并配合
PGPASSWORD），其次是 Phoenix 设置中的数据库，再次是该用户的 SQLite 文件。
退出状态：0 成功，1 有操作或任务失败，2 命令行有误。
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of your desktops.</source>
        <translation>“%1”不是你的桌面。</translation>
    </message>
    <message>
        <source>You (%1) have no desktop: no desktop&apos;s owner (phoenix:owner) is your user name.</source>
        <translation>你（%1）没有桌面：没有哪个桌面的所有者（phoenix:owner）是你的用户名。</translation>
    </message>
    <message>
        <source>You have %1 desktops (%2); name the one you mean.</source>
        <translation>你有 %1 个桌面（%2）；请指明是哪一个。</translation>
    </message>
    <message>
        <source>Could not open a browser; the console is at %1</source>
        <translation>无法打开浏览器；控制台地址是 %1</translation>
    </message>
    <message>
        <source>Your own desktop (a teacher&apos;s, found by phoenix:owner):</source>
        <translation>你自己的桌面（教师桌面，按 phoenix:owner 查找）：</translation>
    </message>
    <message>
        <source>&quot;my-desktop&quot; needs a subcommand: list, open or suspend.</source>
        <translation>“my-desktop”需要子命令：list、open 或 suspend。</translation>
    </message>
    <message>
        <source>Unknown my-desktop command &quot;%1&quot;.</source>
        <translation>未知的 my-desktop 命令“%1”。</translation>
    </message>
    <message>
        <source>&quot;my-desktop list&quot; takes no names.</source>
        <translation>“my-desktop list”不接受名称。</translation>
    </message>
    <message>
        <source>&quot;my-desktop %1&quot; takes at most one desktop name.</source>
        <translation>“my-desktop %1”最多接受一个桌面名称。</translation>
    </message>
    <message>
        <source>  my-desktop list [--json]
  my-desktop open [NAME] [--no-launch] [--detect-timeout S] [--json]
  my-desktop suspend [NAME]
    open: resume / start / unshelve as needed, wait until it runs, give it a
    reachable address, wait for the remote-desktop port, print the address and
    start the client (--no-launch: print only).
</source>
        <translation>  my-desktop list [--json]
  my-desktop open [NAME] [--no-launch] [--detect-timeout S] [--json]
  my-desktop suspend [NAME]
    open：按需恢复 / 启动 / 取消搁置，等待运行，分配可访问的
    地址，等待远程桌面端口响应，打印地址并
    启动客户端（--no-launch：只打印）。
</translation>
    </message>
    <message>
        <source>You (%1) have no desktop.
</source>
        <translation>你（%1）没有桌面。
</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>phoenixctl: open my desktop %1</source>
        <translation>phoenixctl：打开我的桌面 %1</translation>
    </message>
    <message>
        <source>%1 runs, but has no address this computer can reach.</source>
        <translation>%1 在运行，但没有本机可以访问的地址。</translation>
    </message>
    <message>
        <source>phoenixctl: suspend my desktop %1</source>
        <translation>phoenixctl：挂起我的桌面 %1</translation>
    </message>
    <message>
        <source>&quot;desktops console&quot; needs exactly one desktop name or ID.</source>
        <translation>“desktops console”需要且只需要一个桌面名称或 ID。</translation>
    </message>
    <message>
        <source>  desktops console NAME|ID --url [--type novnc|spice-html5|serial] [--json]
                  prints the console&apos;s web address (for a browser), as &quot;openstack console url show&quot;
</source>
        <translation>  desktops console NAME|ID --url [--type novnc|spice-html5|serial] [--json]
                  打印控制台的网址（供浏览器使用），与“openstack console url show”相同
</translation>
    </message>
    <message>
        <source>Keystone users of the rosters:</source>
        <translation>名单中的 Keystone 用户：</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>COURSES</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <source>student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>disabled %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>enabled %1</source>
        <translation>已启用 %1</translation>
    </message>
    <message>
        <source>new password for %1</source>
        <translation>已为 %1 生成新密码</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>%1: the password could not be written: %2</source>
        <translation>%1：无法写入密码：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n password(s) written to %1 (readable only by you). Phoenix keeps no copy: hand them out, then delete the file.</source>
        <translation>
            <numerusform>已将 %n 个密码写入 %1（仅你可读）。Phoenix 不保留副本：请分发密码，然后删除该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every account of %1 exists; nothing to create (no passwords file written).</source>
        <translation>%1 的所有账号都已存在；无需创建（未写入密码文件）。</translation>
    </message>
    <message>
        <source>&quot;users %1&quot; takes no further arguments.</source>
        <translation>“users %1”不接受其他参数。</translation>
    </message>
    <message>
        <source>&quot;users %1&quot; needs one course code.</source>
        <translation>“users %1”需要一个课程代码。</translation>
    </message>
    <message>
        <source>&quot;users %1&quot; needs at least one user name.</source>
        <translation>“users %1”至少需要一个用户名。</translation>
    </message>
    <message>
        <source>&quot;users&quot; needs one of: list, create-missing, disable, enable, reset-password.</source>
        <translation>“users”需要以下子命令之一：list、create-missing、disable、enable、reset-password。</translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;.</source>
        <translation>未知的 users 命令“%1”。</translation>
    </message>
    <message>
        <source>  users list [--course C]                 roster members and teachers: exists / missing / disabled
</source>
        <translation>  users list [--course C]                 名单成员和教师：已存在 / 缺失 / 已停用
</translation>
    </message>
    <message>
        <source>  users create-missing COURSE --passwords-csv FILE
                                          creates the missing accounts (member of the project);
                                          generated passwords only in FILE (new, mode 0600)
</source>
        <translation>  users create-missing COURSE --passwords-csv FILE
                                          创建缺失的账号（项目成员）；
                                          生成的密码只写入 FILE（新文件，权限 0600）
</translation>
    </message>
    <message>
        <source>  users disable USER... | users enable USER...
</source>
        <translation>  users disable USER... | users enable USER...
</translation>
    </message>
    <message>
        <source>  users reset-password USER... --passwords-csv FILE
    Needs an account Keystone lets manage users; every change is in the audit log (no passwords).
</source>
        <translation>  users reset-password USER... --passwords-csv FILE
    需要一个 Keystone 允许其管理用户的账号；每项更改都记入审计日志（不含密码）。
</translation>
    </message>
    <message>
        <source>&quot;users %1&quot; needs --passwords-csv FILE: the generated passwords go there (a new file, readable only by you), nowhere else.</source>
        <translation>“users %1”需要 --passwords-csv FILE：生成的密码只写入该文件（新文件，仅你可读），不会写到其他任何地方。</translation>
    </message>
    <message>
        <source>  periods list | periods add --start HH:MM --end HH:MM | periods set N [--start HH:MM] [--end HH:MM]
  periods delete N | periods reset   (06:00-20:00 in 40-minute periods)
  periods generate --from HH:MM --to HH:MM --minutes N [--break N]   replaces every period
</source>
        <translation>  periods list | periods add --start HH:MM --end HH:MM | periods set N [--start HH:MM] [--end HH:MM]
  periods delete N | periods reset   （06:00-20:00，每节 40 分钟）
  periods generate --from HH:MM --to HH:MM --minutes N [--break N]   替换所有节次
</translation>
    </message>
    <message>
        <source>--%1 needs a time of day such as 08:00.</source>
        <translation>--%1 需要一个时刻，例如 08:00。</translation>
    </message>
    <message>
        <source>--minutes needs a number from 5 to 1440.</source>
        <translation>--minutes 需要 5 到 1440 之间的数字。</translation>
    </message>
    <message>
        <source>--break needs a number of minutes from 0 to 240.</source>
        <translation>--break 需要 0 到 240 之间的分钟数。</translation>
    </message>
    <message>
        <source>No %1-minute period fits between %2 and %3; nothing was changed.</source>
        <translation>%2 到 %3 之间放不下 %1 分钟的节次；未做任何更改。</translation>
    </message>
    <message>
        <source>%1-%2, %3 min, break %4 min</source>
        <translation>%1-%2，%3 分钟，课间 %4 分钟</translation>
    </message>
    <message>
        <source>There is no period %1 (periods list shows them).</source>
        <translation>没有节次 %1（periods list 可列出节次）。</translation>
    </message>
    <message>
        <source>The periods were not changed.</source>
        <translation>节次未更改。</translation>
    </message>
</context>
</TS>
