<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Xpyun Label Designer</source>
        <translation>关于芯烨云标签设计器</translation>
    </message>
    <message>
        <source>Xpyun Label Designer %s</source>
        <translation>芯烨云标签设计器 %s</translation>
    </message>
    <message>
        <source>Design labels for Xpyun (芯烨云) cloud label printers, dot for dot as they print, and print them through the cloud.</source>
        <translation>为芯烨云标签打印机设计标签：所见即所印，逐点一致；并通过云端直接打印。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可协议</translation>
    </message>
    <message>
        <source>%1 is released under the %2. The licence&apos;s text is not part of this installation.</source>
        <translation>%1 以 %2 发布。本次安装未包含该许可协议的全文。</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Xpyun account</source>
        <translation>芯烨云账号</translation>
    </message>
    <message>
        <source>UserKEY (kept in the system keyring only)</source>
        <translation>UserKEY（只保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>UserKEY</source>
        <translation>UserKEY（开发者密钥）</translation>
    </message>
    <message>
        <source>Base URL (advanced)</source>
        <translation>接口地址（高级）</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>Connected: the user and UserKEY are right.</source>
        <translation>连接成功：用户名和 UserKEY 正确。</translation>
    </message>
    <message>
        <source>Wrong UserKEY, or this computer&apos;s clock is off: check both, then test again.</source>
        <translation>UserKEY 不对，或者本机时间不准：请检查这两项，再测试一次。</translation>
    </message>
    <message>
        <source>Unknown user: this account is not registered on the platform; check the user.</source>
        <translation>用户不存在：该账号未在平台注册，请检查用户名。</translation>
    </message>
    <message>
        <source>The cloud cannot be reached: %s</source>
        <translation>无法连接云平台：%s</translation>
    </message>
    <message>
        <source>Enter the user and the UserKEY first.</source>
        <translation>请先输入用户名和 UserKEY。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Enter the user.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>AddPrinterDialog</name>
    <message>
        <source>Add printer</source>
        <translation>添加打印机</translation>
    </message>
    <message>
        <source>on the label under the printer</source>
        <translation>见打印机底部的标签</translation>
    </message>
    <message>
        <source>e.g. Kitchen</source>
        <translation>例如：厨房</translation>
    </message>
    <message>
        <source>Serial number (SN)</source>
        <translation>打印机编号（SN）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>A printer needs its serial number and a name.</source>
        <translation>请填写打印机编号和名称。</translation>
    </message>
    <message>
        <source>Adding %s…</source>
        <translation>正在添加 %s…</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>an untitled label</source>
        <translation>未命名标签</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的内容？</translation>
    </message>
    <message>
        <source>Xpyun Label Designer did not close normally. Unsaved work on %s from %s was kept. Recover it?</source>
        <translation>芯烨云标签设计器上次没有正常关闭。已保留 %s 未保存的内容（保存于 %s）。要恢复吗？</translation>
    </message>
    <message>
        <source>Xpyun Label Designer cannot start</source>
        <translation>芯烨云标签设计器无法启动</translation>
    </message>
    <message>
        <source>The window could not be built: %s</source>
        <translation>无法创建窗口：%s</translation>
    </message>
    <message>
        <source>demo (simulated cloud)</source>
        <translation>demo（模拟云平台）</translation>
    </message>
    <message>
        <source>%s (sample)</source>
        <translation>%s（示例）</translation>
    </message>
    <message>
        <source>Demo: a simulated cloud with three printers; nothing is really printed</source>
        <translation>演示模式：模拟云平台，三台打印机；不会真的打印</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Print with data</source>
        <translation>按数据批量打印</translation>
    </message>
    <message>
        <source>(none: every row the same)</source>
        <translation>（无：每行份数相同）</translation>
    </message>
    <message>
        <source>Refuse (print nothing)</source>
        <translation>不打印（拒绝订单）</translation>
    </message>
    <message>
        <source>Queue until it is back</source>
        <translation>放入待打印队列，上线后自动打印</translation>
    </message>
    <message>
        <source>Skip the rows with errors</source>
        <translation>跳过有错误的行</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Close this and show the first row with an error</source>
        <translation>关闭此窗口，显示第一个有错误的行</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Copies of each row</source>
        <translation>每行份数</translation>
    </message>
    <message>
        <source>Copies per row from</source>
        <translation>每行份数取自</translation>
    </message>
    <message>
        <source>If offline</source>
        <translation>打印机离线时</translation>
    </message>
    <message>
        <source>Add a printer first (Printers panel)</source>
        <translation>请先添加打印机（“打印机”面板）</translation>
    </message>
    <message>
        <source>Checking the rows (%d)…</source>
        <translation>正在检查各行（%d 行）…</translation>
    </message>
    <message>
        <source>Rows with errors: %d. Fix them, or skip those rows</source>
        <translation>有错误的行：%d 行。请修改，或跳过这些行</translation>
    </message>
    <message>
        <source>%d rows × %s = %d labels (orders: %d)</source>
        <translation>%d 行 × %s = %d 张标签（%d 个订单）</translation>
    </message>
    <message>
        <source>%d rows (copies from column %s) = %d labels (orders: %d)</source>
        <translation>%d 行（份数取自列 %s）= %d 张标签（%d 个订单）</translation>
    </message>
    <message>
        <source>rows skipped: %d</source>
        <translation>跳过 %d 行</translation>
    </message>
    <message>
        <source>Cannot print: %s</source>
        <translation>无法打印：%s</translation>
    </message>
    <message>
        <source>This batch did not finish (%s): Print resumes it; orders the cloud accepted are not sent again.</source>
        <translation>这个批次没有完成（%s）：点“打印”继续；云平台已接受的订单不会再次发送。</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 份</translation>
    </message>
    <message>
        <source>%d copies</source>
        <translation>%d 份</translation>
    </message>
</context>
<context>
    <name>BatchProgressDialog</name>
    <message>
        <source>Printing %s</source>
        <translation>正在打印 %s</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Clear the printer&apos;s queue</source>
        <translation>清空打印机的待打印队列</translation>
    </message>
    <message>
        <source>Deletes every order still waiting on this printer: this batch&apos;s, and any other print&apos;s that has not come out yet</source>
        <translation>删除这台打印机上所有还在等待的订单：这个批次的，以及其他还没打印出来的订单</translation>
    </message>
    <message>
        <source>Discard the batch</source>
        <translation>放弃这个批次</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Labels sent</source>
        <translation>已发送的标签</translation>
    </message>
    <message>
        <source>Orders accepted</source>
        <translation>已接受的订单</translation>
    </message>
    <message>
        <source>Orders printed</source>
        <translation>已打印的订单</translation>
    </message>
    <message>
        <source>Stopping after the order on its way…</source>
        <translation>正在发送的订单完成后停止…</translation>
    </message>
</context>
<context>
    <name>BatchUI</name>
    <message>
        <source>Not yet</source>
        <translation>还不能打印</translation>
    </message>
    <message>
        <source>The data is still being read; try again.</source>
        <translation>数据还在读取中，请稍后再试。</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>The label holds placeholders such as {{name}}: connect the data that fills them first (Data &gt; Connect data…).</source>
        <translation>标签中含有 {{name}} 这样的占位符：请先连接填充它们的数据（数据 &gt; 连接数据…）。</translation>
    </message>
    <message>
        <source>No row is ticked (Record table).</source>
        <translation>没有勾选任何行（“记录表”）。</translation>
    </message>
    <message>
        <source>The template cannot merge: %s</source>
        <translation>模板无法合并数据：%s</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Printing batch to %s…</source>
        <translation>正在向 %s 批量打印…</translation>
    </message>
    <message>
        <source>Not sent: %s
Resume when it is fixed: what the cloud accepted is not sent again.</source>
        <translation>未发送：%s
问题解决后请点“继续”：云平台已接受的不会再次发送。</translation>
    </message>
    <message>
        <source>%d of %d labels were sent (%d of %d orders accepted)</source>
        <translation>已发送 %d / %d 张标签（已接受 %d / %d 个订单）</translation>
    </message>
    <message>
        <source>Every label was sent: %s.</source>
        <translation>所有标签都已发送：%s。</translation>
    </message>
    <message>
        <source>, up to row %d</source>
        <translation>，直到第 %d 行</translation>
    </message>
    <message>
        <source>Cancelled: %s%s. The printer may still print what it has; clear its queue to stop that.</source>
        <translation>已取消：%s%s。打印机可能还会打印已收到的内容；清空它的待打印队列即可停止。</translation>
    </message>
    <message>
        <source>Stopped: %s
%s.
This batch cannot go on by itself: check the printer, discard the batch, and print the rows still missing.</source>
        <translation>已停止：%s
%s。
这个批次无法自行继续：请检查打印机，放弃这个批次，再打印还缺少的行。</translation>
    </message>
    <message>
        <source>Stopped: %s
%s.
Resume sends the rest; what the cloud accepted is not sent again.</source>
        <translation>已停止：%s
%s。
点“继续”发送其余部分；云平台已接受的不会再次发送。</translation>
    </message>
    <message>
        <source>Resume the unfinished batch?</source>
        <translation>继续未完成的批次吗？</translation>
    </message>
    <message>
        <source>A batch of %s (data %s) to %s did not finish (%s): %d of %d labels were sent. Resume it? What the cloud accepted is not sent again.</source>
        <translation>%s（数据 %s）发往 %s 的批次没有完成（%s）：已发送 %d / %d 张标签。要继续吗？云平台已接受的不会再次发送。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>The batch was discarded.</source>
        <translation>已放弃这个批次。</translation>
    </message>
    <message>
        <source>The unfinished batch was discarded</source>
        <translation>已放弃未完成的批次</translation>
    </message>
</context>
<context>
    <name>CloudWords</name>
    <message>
        <source>No platform account is signed in on this computer: sign in with File &gt; Account… (the UserKEY is kept in the system&apos;s keyring).</source>
        <translation>本机还没有登录平台账号：请在“文件 &gt; 账号…”中登录（UserKEY 保存在系统的密钥环中）。</translation>
    </message>
</context>
<context>
    <name>ConnectDataDialog</name>
    <message>
        <source>Connect data</source>
        <translation>连接数据</translation>
    </message>
    <message>
        <source>Data (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;CSV and TSV (*.csv *.tsv *.txt);;Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>数据 (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;CSV 和 TSV (*.csv *.tsv *.txt);;电子表格 (*.xlsx *.xlsm *.xls *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>The first row names the columns</source>
        <translation>第一行是列名</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation>正在读取 %s…</translation>
    </message>
    <message>
        <source>%1 rows of data, %2 columns; the first rows:</source>
        <translation>%1 行数据，%2 列；前几行：</translation>
    </message>
    <message>
        <source>(a text file has no sheets)</source>
        <translation>（文本文件没有工作表）</translation>
    </message>
    <message>
        <source>The first sheet</source>
        <translation>第一个工作表</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>Align and distribute</source>
        <translation>对齐与分布</translation>
    </message>
</context>
<context>
    <name>DataConnection</name>
    <message>
        <source>Connect data</source>
        <translation>连接数据</translation>
    </message>
    <message>
        <source>Disconnect data</source>
        <translation>断开数据</translation>
    </message>
</context>
<context>
    <name>DataUI</name>
    <message>
        <source>Record table</source>
        <translation>记录表</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect data…</source>
        <translation>连接数据(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect data</source>
        <translation>断开数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Previous record</source>
        <translation>上一条记录(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next record</source>
        <translation>下一条记录(&amp;N)</translation>
    </message>
    <message>
        <source>Insert &amp;field</source>
        <translation>插入字段(&amp;F)</translation>
    </message>
    <message>
        <source>(connect data first)</source>
        <translation>（请先连接数据）</translation>
    </message>
    <message>
        <source>Cannot read the data</source>
        <translation>无法读取数据</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Kitchen</source>
        <translation>厨房</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>吧台</translation>
    </message>
    <message>
        <source>Store room</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>label XML</source>
        <translation>标签 XML</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>a TXT file</source>
        <translation>TXT 文件</translation>
    </message>
    <message>
        <source>a logo proof</source>
        <translation>LOGO 试印</translation>
    </message>
    <message>
        <source>Printed nothing yet</source>
        <translation>尚未打印</translation>
    </message>
    <message>
        <source>Orders printed: %n; the last, %1: %2, copies: %3</source>
        <translation>已打印 %n 个订单；最后一个，%1：%2，%3 份</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制一份</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>To front</source>
        <translation>移到最前</translation>
    </message>
    <message>
        <source>To back</source>
        <translation>移到最后</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Align centre</source>
        <translation>水平居中</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>顶端对齐</translation>
    </message>
    <message>
        <source>Align middle</source>
        <translation>垂直居中</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>底端对齐</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>均匀分布</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>调整层次</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组合</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>取消组合</translation>
    </message>
</context>
<context>
    <name>ElementList</name>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Shown on the canvas (it always prints)</source>
        <translation>在画布上显示（始终会打印）</translation>
    </message>
    <message>
        <source>Locked against moves</source>
        <translation>锁定，不可移动</translation>
    </message>
    <message>
        <source>Show on the canvas</source>
        <translation>在画布上显示</translation>
    </message>
    <message>
        <source>Hide from the canvas (it still prints)</source>
        <translation>在画布上隐藏（仍会打印）</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Lock against moves</source>
        <translation>锁定，不可移动</translation>
    </message>
</context>
<context>
    <name>Expat</name>
    <message>
        <source>syntax error</source>
        <translation>语法错误</translation>
    </message>
    <message>
        <source>no element found</source>
        <translation>找不到元素</translation>
    </message>
    <message>
        <source>not well-formed (invalid token)</source>
        <translation>格式不正确（无效的标记）</translation>
    </message>
    <message>
        <source>unclosed token</source>
        <translation>标记没有结束</translation>
    </message>
    <message>
        <source>partial character</source>
        <translation>字符不完整</translation>
    </message>
    <message>
        <source>mismatched tag</source>
        <translation>开始与结束标签不匹配</translation>
    </message>
    <message>
        <source>duplicate attribute</source>
        <translation>属性重复</translation>
    </message>
    <message>
        <source>junk after document element</source>
        <translation>文档元素之后有多余内容</translation>
    </message>
    <message>
        <source>undefined entity</source>
        <translation>未定义的实体</translation>
    </message>
    <message>
        <source>reference to invalid character number</source>
        <translation>引用了无效的字符编号</translation>
    </message>
    <message>
        <source>unclosed CDATA section</source>
        <translation>CDATA 段没有结束</translation>
    </message>
    <message>
        <source>unbound prefix</source>
        <translation>未绑定的前缀</translation>
    </message>
    <message>
        <source>XML or text declaration not at start of entity</source>
        <translation>XML 声明不在开头</translation>
    </message>
    <message>
        <source>XML declaration not well-formed</source>
        <translation>XML 声明格式不正确</translation>
    </message>
    <message>
        <source>encoding specified in XML declaration is incorrect</source>
        <translation>XML 声明中的编码不正确</translation>
    </message>
    <message>
        <source>unknown encoding</source>
        <translation>未知的编码</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>203 dpi (8 dots/mm)</source>
        <translation>203 dpi（8 点/mm）</translation>
    </message>
    <message>
        <source>300 dpi (12 dots/mm)</source>
        <translation>300 dpi（12 点/mm）</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>The page&apos;s one label (id %d)</source>
        <translation>本页唯一的标签（id %d）</translation>
    </message>
    <message>
        <source>All %d labels, a page each</source>
        <translation>全部 %d 个标签，每个一页</translation>
    </message>
    <message>
        <source>All %d labels, a file each</source>
        <translation>全部 %d 个标签，每个一个文件</translation>
    </message>
    <message>
        <source>Only the current label (id %d)</source>
        <translation>只导出当前标签（id %d）</translation>
    </message>
    <message>
        <source>As designed (as on the canvas)</source>
        <translation>按设计（与画布一致）</translation>
    </message>
    <message>
        <source>As printed (the label&apos;s mirror and direction applied)</source>
        <translation>按打印效果（应用标签的镜像和打印方向）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>将写入</translation>
    </message>
    <message>
        <source>Each page is exactly %1 x %2 mm, the label&apos;s dots at the printer&apos;s resolution: print it at 100&#xa0;% (actual size), not fitted to the paper.</source>
        <translation>每页正好 %1 x %2 mm，标签的点按打印机分辨率排布：请按 100&#xa0;%（实际大小）打印，不要缩放到纸张大小。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>The page has errors, so it would not print as it stands. What cannot be drawn is exported as a crossed frame:</source>
        <translation>标签有错误，按现状无法打印。无法绘制的部分将导出为带叉的方框：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>(name a file)</source>
        <translation>（请填写文件名）</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，还有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The folder %s does not exist.</source>
        <translation>文件夹 %s 不存在。</translation>
    </message>
    <message>
        <source>%s already exists. Replace it?</source>
        <translation>%s 已存在。要替换吗？</translation>
    </message>
    <message numerus="yes">
        <source>%n files already exist (%1, …). Replace them?</source>
        <translation>
            <numerusform>%n 个文件已存在（%1 等）。要替换吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>替换文件？</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Export as P&amp;NG…</source>
        <translation>导出为 P&amp;NG…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>导出为 P&amp;DF…</translation>
    </message>
    <message>
        <source>label %s</source>
        <translation>标签 %s</translation>
    </message>
    <message>
        <source>, element %d</source>
        <translation>，第 %d 个元素</translation>
    </message>
    <message>
        <source>Export cancelled; files written: %d</source>
        <translation>导出已取消；已写入 %d 个文件</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>已导出 %s</translation>
    </message>
    <message>
        <source>Exported %d files to %s: %s</source>
        <translation>已导出 %d 个文件到 %s：%s</translation>
    </message>
    <message>
        <source>Exporting %d labels…</source>
        <translation>正在导出 %d 个标签…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>%s cannot be written: %s</source>
        <translation>无法写入 %s：%s</translation>
    </message>
    <message>
        <source>Written before it:</source>
        <translation>此前已写入：</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Insert field</source>
        <translation>插入字段</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Label XML (*.xml);;All files (*)</source>
        <translation>标签 XML (*.xml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>%s has unsaved changes. Save them?</source>
        <translation>%s 有未保存的修改。要保存吗？</translation>
    </message>
    <message>
        <source>Open label</source>
        <translation>打开标签</translation>
    </message>
    <message>
        <source>%s: cannot read: %s</source>
        <translation>%s：无法读取：%s</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <source>This is not a label file that can be opened.</source>
        <translation>这不是可以打开的标签文件。</translation>
    </message>
    <message>
        <source>%s has errors: it is open so that you can fix them (see Problems); it will not print until they are fixed.</source>
        <translation>%s 有错误：已打开，以便修改（见“问题”面板）；改正之前无法打印。</translation>
    </message>
    <message>
        <source>Parts of it could not be read and were left out or set to their defaults; saving writes the file without them.</source>
        <translation>其中部分内容无法读取，已略去或设为默认值；保存时将不再包含这些内容。</translation>
    </message>
    <message>
        <source>%s has errors</source>
        <translation>%s 有错误</translation>
    </message>
    <message>
        <source>Cannot open %s</source>
        <translation>无法打开 %s</translation>
    </message>
    <message>
        <source>Save label</source>
        <translation>保存标签</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>%s: %s</source>
        <translation>%s：%s</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>…… 还有 %d 个</translation>
    </message>
    <message>
        <source>Save with errors?</source>
        <translation>带着错误保存？</translation>
    </message>
    <message>
        <source>%s has errors; it will not print until they are fixed:

%s

Save anyway?</source>
        <translation>%s 有错误，改正之前无法打印：

%s

仍然保存吗？</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Xpyun Label Designer</source>
        <translation>关于芯烨云标签设计器(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>待打印</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>no longer known to the cloud</source>
        <translation>云平台已无此订单</translation>
    </message>
    <message>
        <source>unknown: check the printer and its queue</source>
        <translation>结果不明：请查看打印机及其待打印队列</translation>
    </message>
    <message>
        <source>Order id %s copied</source>
        <translation>已复制订单编号 %s</translation>
    </message>
    <message>
        <source>not printed yet</source>
        <translation>尚未打印</translation>
    </message>
    <message>
        <source>Order %s: %s</source>
        <translation>订单 %s：%s</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>再次打印</translation>
    </message>
    <message>
        <source>Copy the order id</source>
        <translation>复制订单编号</translation>
    </message>
    <message>
        <source>Has it printed? Ask now</source>
        <translation>立即查询是否已打印</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
</context>
<context>
    <name>InPlaceEditor</name>
    <message>
        <source>Edit text</source>
        <translation>编辑文本</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Text 文本</source>
        <translation>文本 Text</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线条</translation>
    </message>
    <message>
        <source>Cutter</source>
        <translation>切刀</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>店铺 LOGO</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反白</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>LabelDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>LabelScene</name>
    <message>
        <source>Add %s</source>
        <translation>添加%s</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>微调位置</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>调整大小</translation>
    </message>
</context>
<context>
    <name>LabelsPanel</name>
    <message>
        <source>Add a label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Duplicate the label</source>
        <translation>复制该标签</translation>
    </message>
    <message>
        <source>Delete the label</source>
        <translation>删除该标签</translation>
    </message>
    <message>
        <source>Move the label up</source>
        <translation>上移标签</translation>
    </message>
    <message>
        <source>Move the label down</source>
        <translation>下移标签</translation>
    </message>
    <message>
        <source>Label %s</source>
        <translation>标签 %s</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Duplicate label</source>
        <translation>复制标签</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Move label</source>
        <translation>移动标签</translation>
    </message>
</context>
<context>
    <name>LanguagePreference</name>
    <message>
        <source>System language (%s)</source>
        <translation>跟随系统语言（%s）</translation>
    </message>
    <message>
        <source>The new language is used the next time Xpyun Label Designer starts.</source>
        <translation>新的界面语言将在下次启动芯烨云标签设计器时生效。</translation>
    </message>
</context>
<context>
    <name>LogoDialog</name>
    <message>
        <source>Upload logo to %s</source>
        <translation>上传店铺 LOGO 到 %s</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>未选择图片</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>dots</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Print a proof</source>
        <translation>上传后试印</translation>
    </message>
    <message>
        <source>gap label</source>
        <translation>间隙标签纸</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>连续纸</translation>
    </message>
    <message>
        <source>black mark</source>
        <translation>黑标纸</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Prints as</source>
        <translation>打印效果</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>LOGO 图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>No uploads left today for this printer (5 a day).</source>
        <translation>这台打印机今天的上传次数已用完（每天 5 次）。</translation>
    </message>
    <message>
        <source>%d of today&apos;s 5 uploads left for this printer.</source>
        <translation>这台打印机今天还可上传 %d 次（每天 5 次）。</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account: %s</source>
        <translation>账号：%s</translation>
    </message>
    <message>
        <source>Not signed in (File &gt; Account…)</source>
        <translation>未登录（文件 &gt; 账号…）</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>操作历史</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Print history</source>
        <translation>打印记录</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>{endpoint} answered success with {seen} ({type}) where the platform sends {expected}</source>
        <translation>{endpoint} 回复成功，内容却是 {seen}（{type}），平台应当返回{expected}</translation>
    </message>
    <message>
        <source>the cloud&apos;s answer is not what its API promises; try again later or report it</source>
        <translation>云平台的回复与其接口说明不符；请稍后再试，或报告此问题</translation>
    </message>
    <message>
        <source>an order id string</source>
        <translation>订单编号字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation> true 或 false</translation>
    </message>
    <message>
        <source>a count of orders</source>
        <translation>订单数量</translation>
    </message>
    <message>
        <source>an object {{&quot;status&quot;: 0, 1 or 2, &quot;version&quot;: text}}</source>
        <translation>对象 {{&quot;status&quot;: 0、1 或 2, &quot;version&quot;: 文本}}</translation>
    </message>
    <message>
        <source>{url} answered {endpoint} with {what}, not the platform&apos;s JSON</source>
        <translation>{url} 对 {endpoint} 的回复是{what}，不是平台的 JSON</translation>
    </message>
    <message>
        <source>the base URL may point at something other than the Xpyun barcode cloud</source>
        <translation>接口地址可能指向的不是芯烨条码云平台</translation>
    </message>
    <message>
        <source>a JSON {type}</source>
        <translation> JSON {type}</translation>
    </message>
    <message>
        <source>JSON without a code ({seen})</source>
        <translation>没有 code 的 JSON（{seen}）</translation>
    </message>
    <message>
        <source>the code {seen}, which is not a whole number</source>
        <translation> code {seen}，不是整数</translation>
    </message>
    <message>
        <source>{n} bytes of something else ({seen})</source>
        <translation> {n} 字节的其他内容（{seen}）</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>contains spaces or control characters</source>
        <translation>含有空格或控制字符</translation>
    </message>
    <message>
        <source>must start with https:// (or http://), not {scheme}:</source>
        <translation>必须以 https://（或 http://）开头，而不是 {scheme}:</translation>
    </message>
    <message>
        <source>must start with https:// (or http://), it has no scheme</source>
        <translation>必须以 https://（或 http://）开头，它没有协议部分</translation>
    </message>
    <message>
        <source>names no host</source>
        <translation>没有主机名</translation>
    </message>
    <message>
        <source>must not carry a user name or password</source>
        <translation>不能包含用户名或密码</translation>
    </message>
    <message>
        <source>has the port {port!r}, which is not a number from 1 to 65535 (replace a placeholder such as PORT with the real port)</source>
        <translation>的端口 {port!r} 不是 1 到 65535 之间的数字（请把 PORT 这样的占位符换成真实端口）</translation>
    </message>
    <message>
        <source>has the port 0, which is not a number from 1 to 65535</source>
        <translation>的端口 0 不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>must not have a ?query or #fragment</source>
        <translation>不能带 ?查询 或 #片段</translation>
    </message>
    <message>
        <source>cannot be read as a URL ({reason})</source>
        <translation>无法识别为 URL（{reason}）</translation>
    </message>
    <message>
        <source>{url} answered HTTP {status} to {endpoint}</source>
        <translation>{url} 对 {endpoint} 回复了 HTTP {status}</translation>
    </message>
    <message>
        <source>the cloud may be down, or the base URL is wrong</source>
        <translation>云平台可能暂时不可用，或接口地址有误</translation>
    </message>
    <message>
        <source>this looks like an account of Xpyun&apos;s receipt cloud (open.xpyun.net, /api/openapi/xprinter), not of the barcode cloud this program prints to (open-barcode.xpyun.net, /api/openapi/sprinter); sign in with a barcode-cloud account (xplabel account login), or check the base URL</source>
        <translation>这看起来是芯烨小票云平台（open.xpyun.net，/api/openapi/xprinter）的账号，而不是本程序使用的条码云平台（open-barcode.xpyun.net，/api/openapi/sprinter）的账号；请用条码云平台的账号登录（xplabel account login），或检查接口地址</translation>
    </message>
    <message>
        <source>{url} answered {msg}</source>
        <translation>{url} 回复：{msg}</translation>
    </message>
    <message>
        <source>the server refuses access (an IP allow-list, a proxy or a firewall); check the base URL and the network, or ask Xpyun</source>
        <translation>服务器拒绝访问（IP 白名单、代理或防火墙）；请检查接口地址和网络，或咨询芯烨</translation>
    </message>
    <message>
        <source>{url} answered HTTP 403 Forbidden to {endpoint}</source>
        <translation>{url} 对 {endpoint} 回复了 HTTP 403 禁止访问</translation>
    </message>
    <message>
        <source>give the API&apos;s base URL, e.g. https://open-barcode.xpyun.net/api/openapi/sprinter</source>
        <translation>请填写接口的基础地址，例如 https://open-barcode.xpyun.net/api/openapi/sprinter</translation>
    </message>
    <message>
        <source>check the SN on the printer&apos;s own label, that the printer is switched on and connected, then try again; or add it in the Xpyun web console</source>
        <translation>请核对打印机机身标签上的打印机编号，确认打印机已开机并联网后再试；也可以在芯烨云平台网页后台添加</translation>
    </message>
    <message>
        <source>the cloud did not add printer {sn} (verifyPrinter answered false)</source>
        <translation>云平台没有添加打印机 {sn}（verifyPrinter 返回 false）</translation>
    </message>
    <message>
        <source>{what}: {guidance}</source>
        <translation>{what}：{guidance}</translation>
    </message>
    <message>
        <source>the base URL {url!r} ({where}) {reason}</source>
        <translation>接口地址 {url!r}（{where}）{reason}</translation>
    </message>
    <message>
        <source>the base URL {url!r} {reason}</source>
        <translation>接口地址 {url!r} {reason}</translation>
    </message>
    <message>
        <source>{url} says too many requests (HTTP 429); it asks to wait {seconds:g} s</source>
        <translation>{url} 表示请求过于频繁（HTTP 429），要求等待 {seconds:g} 秒</translation>
    </message>
    <message>
        <source>{url} says too many requests (HTTP 429)</source>
        <translation>{url} 表示请求过于频繁（HTTP 429）</translation>
    </message>
    <message>
        <source>wait a minute and try again; fewer printers polled at once also helps</source>
        <translation>请等一分钟再试；同时查询的打印机少一些也有帮助</translation>
    </message>
    <message>
        <source>{url} redirects (HTTP {status}) to {location}; redirects are not followed, so the signed request goes nowhere else</source>
        <translation>{url} 重定向（HTTP {status}）到 {location}；本程序不跟随重定向，带签名的请求不会发往别处</translation>
    </message>
    <message>
        <source>check the base URL (xplabel account login --base-url URL, or XPLABEL_BASE_URL)</source>
        <translation>请检查接口地址（xplabel account login --base-url URL，或 XPLABEL_BASE_URL）</translation>
    </message>
    <message>
        <source>{what}: outcome unknown: the cloud may have accepted it, but its answer was lost ({cause})</source>
        <translation>{what}：结果不明：云平台可能已经接受了它，但回复丢失了（{cause}）</translation>
    </message>
    <message>
        <source>do not print it again blindly: check `xplabel printer queue {sn}` and the printer; running the same command again within 5 minutes is safe (it reuses the order&apos;s idempotency value, so it cannot print twice)</source>
        <translation>不要盲目重新打印：请查看 `xplabel printer queue {sn}` 和打印机；5 分钟内再次运行同一命令是安全的（它沿用订单的幂等值，不会重复打印）</translation>
    </message>
    <message>
        <source>{what}: outcome unknown: an earlier attempt (at {since}) may have printed it, and the 5 minutes in which resending is safe have passed, so it was not sent again</source>
        <translation>{what}：结果不明：之前（{since}）的一次发送可能已经打印了它，而可以安全重发的 5 分钟已过，所以没有再次发送</translation>
    </message>
    <message>
        <source>check `xplabel printer queue {sn}` and the printer (and `xplabel order ID` for any order id the history shows); to print it anyway, run the same command with --again</source>
        <translation>请查看 `xplabel printer queue {sn}` 和打印机（打印记录中有订单编号的，可用 `xplabel order ID` 查询）；如仍要打印，请加 --again 再运行同一命令</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>（无地址）</translation>
    </message>
    <message>
        <source>{where} sent an answer of over {kb} KB; the platform&apos;s answers are a few KB, so it was refused unread past 1 MB</source>
        <translation>{where} 发来的回复超过 {kb} KB；平台的回复只有几 KB，所以超过 1 MB 的部分未读取便被拒绝</translation>
    </message>
    <message>
        <source>the connection to {where} broke before the whole answer came ({error})</source>
        <translation>与 {where} 的连接在收到完整回复之前中断了（{error}）</translation>
    </message>
    <message>
        <source>the network or the cloud failed mid-request; try again</source>
        <translation>网络或云平台在请求中途出错；请重试</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no complete answer from {where} in {took:.0f} s</source>
        <translation>{took:.0f} 秒内没有收到 {where} 的完整回复</translation>
    </message>
    <message>
        <source>the cloud or the network is slow; try again</source>
        <translation>云平台或网络较慢；请重试</translation>
    </message>
    <message>
        <source>secure connection to {where} failed</source>
        <translation>与 {where} 的安全连接失败</translation>
    </message>
    <message>
        <source>check the computer&apos;s date and the network (a proxy may intercept TLS)</source>
        <translation>请检查本机日期和网络（代理可能拦截了 TLS）</translation>
    </message>
    <message>
        <source>the answer from {where} was cut off or garbled ({error})</source>
        <translation>来自 {where} 的回复被截断或损坏（{error}）</translation>
    </message>
    <message>
        <source>the connection or the cloud failed mid-answer; try again</source>
        <translation>连接或云平台在回复中途出错；请重试</translation>
    </message>
    <message>
        <source>cannot make a request to {where}</source>
        <translation>无法向 {where} 发出请求</translation>
    </message>
    <message>
        <source>check the base URL</source>
        <translation>请检查接口地址</translation>
    </message>
    <message>
        <source>cannot reach {where}</source>
        <translation>无法连接 {where}</translation>
    </message>
    <message>
        <source>check the network connection and the base URL</source>
        <translation>请检查网络连接和接口地址</translation>
    </message>
    <message>
        <source>nothing more was sent</source>
        <translation>没有再发送任何内容</translation>
    </message>
    <message>
        <source>no time was left to ask {where}</source>
        <translation>没有剩余时间向 {where} 发出请求</translation>
    </message>
    <message>
        <source>raise the time limit (--timeout SECONDS)</source>
        <translation>请放宽时间限制（--timeout 秒数）</translation>
    </message>
    <message>
        <source>the request may have reached the cloud</source>
        <translation>请求可能已经到达云平台</translation>
    </message>
    <message>
        <source>nothing was sent</source>
        <translation>没有发送任何内容</translation>
    </message>
    <message>
        <source>could not connect to {where} in time ({took:.0f} s)</source>
        <translation>未能及时连接到 {where}（{took:.0f} 秒）</translation>
    </message>
    <message>
        <source>&lt;{outer}&gt; is not closed: &lt;{name}&gt; on line {line} stands inside it; close it with &lt;/{outer}&gt;</source>
        <translation>&lt;{outer}&gt; 没有结束：第 {line} 行的 &lt;{name}&gt; 在它里面；请用 &lt;/{outer}&gt; 结束它</translation>
    </message>
    <message>
        <source>unknown tag &lt;{name}&gt;</source>
        <translation>未知的标签 &lt;{name}&gt;</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; cannot stand inside a &lt;LABEL&gt;</source>
        <translation>&lt;{name}&gt; 不能放在 &lt;LABEL&gt; 里</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; cannot stand inside an element</source>
        <translation>&lt;{name}&gt; 不能放在其他元素里</translation>
    </message>
    <message>
        <source>the file declares encoding {encoding!r}; label XML must be UTF-8: save it as UTF-8 with encoding=&quot;UTF-8&quot;</source>
        <translation>文件声明的编码是 {encoding!r}；标签 XML 必须是 UTF-8：请用 UTF-8 保存，并写 encoding=&quot;UTF-8&quot;</translation>
    </message>
    <message>
        <source>text {text} stands directly in {where}</source>
        <translation>文字 {text} 直接放在 {where} 里</translation>
    </message>
    <message>
        <source>{tag} has no attribute {name!r} (it has {known})</source>
        <translation>{tag} 没有属性 {name!r}（它的属性有 {known}）</translation>
    </message>
    <message>
        <source>{tag} is missing its required attribute {name}</source>
        <translation>{tag} 缺少必须的属性 {name}</translation>
    </message>
    <message>
        <source>the root element is &lt;{name}&gt;; a label file&apos;s root is &lt;PAGE&gt;</source>
        <translation>根元素是 &lt;{name}&gt;；标签文件的根元素应为 &lt;PAGE&gt;</translation>
    </message>
    <message>
        <source>&lt;{name}&gt; must be inside a &lt;LABEL&gt;, not directly in &lt;PAGE&gt;</source>
        <translation>&lt;{name}&gt; 必须放在 &lt;LABEL&gt; 里，不能直接放在 &lt;PAGE&gt; 里</translation>
    </message>
    <message>
        <source>{tag} takes no content, but has {text}</source>
        <translation>{tag} 不能有内容，但这里有 {text}</translation>
    </message>
    <message>
        <source>{tag} {name}: {reason}</source>
        <translation>{tag} {name}：{reason}</translation>
    </message>
    <message>
        <source>an external reference is not allowed</source>
        <translation>不允许外部引用</translation>
    </message>
    <message>
        <source>the file is empty; a label file holds a &lt;PAGE&gt; element</source>
        <translation>文件是空的；标签文件应包含一个 &lt;PAGE&gt; 元素</translation>
    </message>
    <message>
        <source>a DTD (&lt;!DOCTYPE&gt;) is not allowed</source>
        <translation>不允许 DTD（&lt;!DOCTYPE&gt;）</translation>
    </message>
    <message>
        <source>an entity declaration is not allowed</source>
        <translation>不允许实体声明</translation>
    </message>
    <message>
        <source>not UTF-8: byte 0x{byte:02X} is not valid here; label XML must be UTF-8 (save the file as UTF-8)</source>
        <translation>不是 UTF-8：字节 0x{byte:02X} 在此处无效；标签 XML 必须是 UTF-8（请把文件另存为 UTF-8）</translation>
    </message>
    <message>
        <source>not well-formed XML: {detail}</source>
        <translation>XML 格式不正确：{detail}</translation>
    </message>
    <message>
        <source>{reason}; label XML has no DTD or entities</source>
        <translation>{reason}；标签 XML 不使用 DTD 或实体</translation>
    </message>
    <message>
        <source>the date leaves the calendar (years 1 to 9999)</source>
        <translation>日期超出了日历范围（公元 1 年至 9999 年）</translation>
    </message>
    <message>
        <source>{format!r} is not a date format ({reason})</source>
        <translation>{format!r} 不是日期格式（{reason}）</translation>
    </message>
    <message>
        <source>column {name}</source>
        <translation>{name} 列</translation>
    </message>
    <message>
        <source>{tag} {placeholder}: {problem}</source>
        <translation>{tag} {placeholder}：{problem}</translation>
    </message>
    <message>
        <source>{problem} (the cell holds {value}: the spreadsheet shortened the number when it saved this file; format the column as text and save it again)</source>
        <translation>{problem}（单元格里是 {value}：电子表格保存这个文件时把数字缩写了；请把这一列设为文本格式，再重新保存）</translation>
    </message>
    <message>
        <source>{value} is not a date (such as 2026-11-29), for {placeholder}</source>
        <translation>{value} 不是日期（应当像 2026-11-29 这样），不能用于 {placeholder}</translation>
    </message>
    <message>
        <source>{value} is not a number, for {placeholder}</source>
        <translation>{value} 不是数字，不能用于 {placeholder}</translation>
    </message>
    <message>
        <source>{before}; {after}</source>
        <translation>{before}；{after}</translation>
    </message>
    <message>
        <source>{before}, {after}</source>
        <translation>{before}、{after}</translation>
    </message>
    <message>
        <source>{before} and {after}</source>
        <translation>{before} 和 {after}</translation>
    </message>
    <message>
        <source>{placeholder}: {format!r} is not a number format (examples: .2f two decimals, 06 six digits with leading zeros, ,.2f with thousands separators)</source>
        <translation>{placeholder}：{format!r} 不是数字格式（例如：.2f 保留两位小数，06 不足六位时前面补零，,.2f 加千位分隔符）</translation>
    </message>
    <message>
        <source>{placeholder} is empty: write a column name, a column number, serial, row or date inside</source>
        <translation>{placeholder} 是空的：请在里面写列名、列号、serial、row 或 date</translation>
    </message>
    <message>
        <source>{placeholder}: nothing follows the colon; write a format or drop it</source>
        <translation>{placeholder}：冒号后面什么也没有；请写上格式，或者去掉冒号</translation>
    </message>
    <message>
        <source>{placeholder}: {format!r} is a date pattern; a number takes a format spec such as .2f or 06</source>
        <translation>{placeholder}：{format!r} 是日期格式；数字要用 .2f 或 06 这样的数字格式</translation>
    </message>
    <message>
        <source>{start} opens a placeholder that is never closed with {close}; write {escaped} for a literal {opening}</source>
        <translation>{start} 开始了一个占位符，却没有用 {close} 结束；如果要原样显示 {opening}，请写成 {escaped}</translation>
    </message>
    <message>
        <source>{placeholder}: the column name after [ has no closing ]</source>
        <translation>{placeholder}：[ 后面的列名缺少结尾的 ]</translation>
    </message>
    <message>
        <source>{placeholder}: only a :FORMAT may follow [{name}]</source>
        <translation>{placeholder}：[{name}] 后面只能跟“:格式”</translation>
    </message>
    <message>
        <source>{placeholder}: the [ ] name no column</source>
        <translation>{placeholder}：[ ] 里没有写列名</translation>
    </message>
    <message>
        <source>{placeholder}: columns are counted from 1</source>
        <translation>{placeholder}：列号从 1 开始</translation>
    </message>
    <message>
        <source>{placeholder}: a date offset is a sign, a count and d, w, m or y (days, weeks, months, years): {example}</source>
        <translation>{placeholder}：日期偏移由正负号、数量和 d、w、m 或 y（天、周、月、年）组成，例如 {example}</translation>
    </message>
    <message>
        <source>{placeholder}: {reason}</source>
        <translation>{placeholder}：{reason}</translation>
    </message>
    <message>
        <source>{placeholder}: a date format is a strftime pattern such as %Y-%m-%d</source>
        <translation>{placeholder}：日期格式是 %Y-%m-%d 这样的 strftime 格式</translation>
    </message>
    <message>
        <source>row {row}, {fields}: {problem}</source>
        <translation>第 {row} 行，{fields}：{problem}</translation>
    </message>
    <message>
        <source>rows {rows}, {fields}: {problem}</source>
        <translation>第 {rows} 行，{fields}：{problem}</translation>
    </message>
    <message>
        <source>{target} has no setting {name!r} here (it takes {keys})</source>
        <translation>{target} 在这里没有 {name!r} 这项设置（可用的设置有：{keys}）</translation>
    </message>
    <message>
        <source>counter={name!r}: a counter&apos;s name is a word (letters, digits, _ or -), not row or date</source>
        <translation>counter={name!r}：计数器的名称是一个词（字母、数字、_ 或 -），不能是 row 或 date</translation>
    </message>
    <message>
        <source>cannot read {ins}: write name=&quot;value&quot; pairs</source>
        <translation>无法读取 {ins}：请写成 name=&quot;value&quot; 的形式</translation>
    </message>
    <message>
        <source>counter {name}: {key}={value!r} is not a number</source>
        <translation>计数器 {name}：{key}={value!r} 不是数字</translation>
    </message>
    <message>
        <source>counter {name}: {key}={value} is out of range (not 0)</source>
        <translation>计数器 {name}：{key}={value} 超出范围（不能为 0）</translation>
    </message>
    <message>
        <source>counter {name}: {key}={value} is out of range</source>
        <translation>计数器 {name}：{key}={value} 超出范围</translation>
    </message>
    <message>
        <source>counter {name!r} is declared twice</source>
        <translation>计数器 {name!r} 声明了两次</translation>
    </message>
    <message>
        <source>the data source is set twice</source>
        <translation>数据来源设置了两次</translation>
    </message>
    <message>
        <source>header={value!r}: write yes or no</source>
        <translation>header={value!r}：请写 yes 或 no</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许这样操作</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>读写出错（输入/输出错误）</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>{name}: cannot read: {reason}</source>
        <translation>{name}：无法读取：{reason}</translation>
    </message>
    <message>
        <source>{name}: is a directory, not a data file</source>
        <translation>{name}：这是文件夹，不是数据文件</translation>
    </message>
    <message>
        <source>{name}: a text file has no sheets (--sheet is for spreadsheets)</source>
        <translation>{name}：文本文件没有工作表（--sheet 只用于电子表格）</translation>
    </message>
    <message>
        <source>{name}: there is no row {row}: the data has {rows} rows</source>
        <translation>{name}：没有第 {row} 行：数据只有 {rows} 行</translation>
    </message>
    <message>
        <source>{name}: row {row} is blank: it has no record</source>
        <translation>{name}：第 {row} 行是空行，没有记录</translation>
    </message>
    <message>
        <source>{name}: there is no row {row}: the data has {rows} rows after the header row</source>
        <translation>{name}：没有第 {row} 行：除标题行外，数据只有 {rows} 行</translation>
    </message>
    <message>
        <source>{part!r}: rows are numbered from 1 and a range goes up (3-7)</source>
        <translation>{part!r}：行号从 1 开始，范围要从小到大（如 3-7）</translation>
    </message>
    <message>
        <source>{part!r} is not a row or a range of rows (such as 1-10,15)</source>
        <translation>{part!r} 不是行号，也不是行号范围（如 1-10,15）</translation>
    </message>
    <message>
        <source>{name}: no sheet {sheet!r} (it has {listed})</source>
        <translation>{name}：没有工作表 {sheet!r}（它的工作表有：{listed}）</translation>
    </message>
    <message>
        <source>{name}: cannot read as a spreadsheet: {reason}</source>
        <translation>{name}：无法作为电子表格读取：{reason}</translation>
    </message>
    <message>
        <source>{name}: the workbook has no sheets</source>
        <translation>{name}：这个工作簿没有工作表</translation>
    </message>
    <message>
        <source>the data has no column {name!r} (its columns: {columns})</source>
        <translation>数据中没有 {name!r} 列（数据的列有：{columns}）</translation>
    </message>
    <message>
        <source>this is {what}, not the column headed {name!r}: write {placeholder} for the column</source>
        <translation>这是{what}，不是标题为 {name!r} 的列：要用这一列，请写 {placeholder}</translation>
    </message>
    <message>
        <source>columns {numbers} are both headed {name!r}: name one by number, {placeholder}</source>
        <translation>第 {numbers} 列的标题都是 {name!r}：请用列号指定其中一列，如 {placeholder}</translation>
    </message>
    <message>
        <source>the data has no column {name!r} (its columns: {columns}); did you mean {placeholder}?</source>
        <translation>数据中没有 {name!r} 列（数据的列有：{columns}）；是不是要写 {placeholder}？</translation>
    </message>
    <message>
        <source>columns {names}</source>
        <translation>{names} 列</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>the record&apos;s number</source>
        <translation>记录的行号</translation>
    </message>
    <message>
        <source>the day of the merge</source>
        <translation>合并当天的日期</translation>
    </message>
    <message>
        <source>counter {name}</source>
        <translation>计数器 {name}</translation>
    </message>
    <message>
        <source>the data has no header row, so no column has a name: number them {first} to {last}</source>
        <translation>数据没有标题行，列都没有名称：请按列号写 {first} 到 {last}</translation>
    </message>
    <message>
        <source>the data has {width} columns; there is no column {number}</source>
        <translation>数据只有 {width} 列，没有第 {number} 列</translation>
    </message>
    <message>
        <source>row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>a counter takes a number format (06, not a date pattern)</source>
        <translation>计数器要用数字格式（如 06，不能用日期格式）</translation>
    </message>
    <message>
        <source>{name}: holds NUL characters: it is not a text file</source>
        <translation>{name}：含有 NUL 字符，不是文本文件</translation>
    </message>
    <message>
        <source>{name}: neither UTF-8 nor GB18030/GBK (byte 0x{byte:02X} at offset {offset}); save it as CSV UTF-8</source>
        <translation>{name}：既不是 UTF-8 编码，也不是 GB18030/GBK 编码（偏移 {offset} 处的字节为 0x{byte:02X}）；请另存为“CSV UTF-8”格式</translation>
    </message>
    <message>
        <source>{name}: cannot read as CSV: {reason}</source>
        <translation>{name}：无法作为 CSV 读取：{reason}</translation>
    </message>
    <message>
        <source>{name}: not valid {encoding}: {reason}</source>
        <translation>{name}：不是有效的 {encoding} 编码：{reason}</translation>
    </message>
    <message>
        <source>{name} takes {rule}</source>
        <translation>{name} 可编码：{rule}</translation>
    </message>
    <message>
        <source>{name} {data}</source>
        <translation>{name} {data}</translation>
    </message>
    <message>
        <source>; a barcode is centred on x (a=center, the default): set x={middle} to centre it on the label, or a=left</source>
        <translation>；条码以 x 为中心（a=center，默认）：设 x={middle} 可在标签上居中，或改为 a=left</translation>
    </message>
    <message>
        <source>BARC {name}: {reason}</source>
        <translation>BARC {name}：{reason}</translation>
    </message>
    <message>
        <source>BARC w=1 makes wide bars as narrow as narrow ones: scanners cannot read it; use 2 or 3</source>
        <translation>BARC w=1 会让宽条和窄条一样宽：扫码枪无法识别；请用 2 或 3</translation>
    </message>
    <message>
        <source>image must be bare base64, without a &apos;data:image/...;base64,&apos; prefix</source>
        <translation>图片必须是纯 base64，不能带 &apos;data:image/...;base64,&apos; 前缀</translation>
    </message>
    <message>
        <source>image is not a PNG, JPEG or BMP</source>
        <translation>图片不是 PNG、JPEG 或 BMP</translation>
    </message>
    <message>
        <source>{w} dots</source>
        <translation>{w} 点</translation>
    </message>
    <message>
        <source>image is not valid base64</source>
        <translation>图片不是有效的 base64</translation>
    </message>
    <message>
        <source>BMP {reason}</source>
        <translation>BMP {reason}</translation>
    </message>
    <message>
        <source>{cut}, every {p}</source>
        <translation>{cut}，每 {p} 张</translation>
    </message>
    <message>
        <source>QRC data ({size} bytes) exceeds what the largest QR code holds at level {level}; shorten it or lower the error correction</source>
        <translation>QRC 内容（{size} 字节）超出 {level} 级纠错下最大二维码的容量；请缩短内容或降低纠错等级</translation>
    </message>
    <message>
        <source>QR version {version}: {side} × {side} modules, {size:g} mm with its margin</source>
        <translation>二维码版本 {version}：{side} × {side} 模块，含留白 {size:g} mm</translation>
    </message>
    <message>
        <source>a QR code needs data</source>
        <translation>二维码需要内容</translation>
    </message>
    <message>
        <source>QRC is empty: a QR code needs data</source>
        <translation>QRC 是空的：二维码需要内容</translation>
    </message>
    <message>
        <source>TEXT holds {count:,} characters; no label can print more than {most:,} (the largest label filled with the smallest font)</source>
        <translation>TEXT 含有 {count:,} 个字符；任何标签最多只能打印 {most:,} 个（最大的标签用最小的字体排满）</translation>
    </message>
    <message>
        <source>TEXT is empty: it prints nothing</source>
        <translation>TEXT 是空的：什么也不会打印</translation>
    </message>
    <message>
        <source>centred TEXT is centred on x={x}; to centre it on the label set x={middle} (half the width)</source>
        <translation>居中的 TEXT 以 x={x} 为中心；要在标签上居中，请设 x={middle}（宽度的一半）</translation>
    </message>
    <message>
        <source>{name}={value} is not one of {allowed}</source>
        <translation>{name}={value} 不在可选值 {allowed} 之中</translation>
    </message>
    <message>
        <source>{name}={value!r} is not a number</source>
        <translation>{name}={value!r} 不是数字</translation>
    </message>
    <message>
        <source>{name}={value} is not a whole number</source>
        <translation>{name}={value} 不是整数</translation>
    </message>
    <message>
        <source>{name}={value} is out of range {lo}..{hi}</source>
        <translation>{name}={value} 超出范围 {lo}..{hi}</translation>
    </message>
    <message>
        <source>{text!r} is not a finite number</source>
        <translation>{text!r} 不是有限的数字</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number</source>
        <translation>{text!r} 不是整数</translation>
    </message>
    <message>
        <source>{name} has no value</source>
        <translation>{name} 没有值</translation>
    </message>
    <message>
        <source>{name}={value} is out of range {lo}..{hi} mm</source>
        <translation>{name}={value} 超出范围 {lo}..{hi} mm</translation>
    </message>
    <message>
        <source>{name}={value} is out of range {lo}..{hi} dots</source>
        <translation>{name}={value} 超出范围 {lo}..{hi} 点</translation>
    </message>
    <message>
        <source>{text!r} is not a number</source>
        <translation>{text!r} 不是数字</translation>
    </message>
    <message>
        <source>UPC-E takes 6 digits, 7 with the number system 0, or 8 with the check digit; got {data!r}</source>
        <translation>UPC-E 需要 6 位数字、含数字系统 0 的 7 位，或含校验位的 8 位；这里是 {data!r}</translation>
    </message>
    <message>
        <source>UPC-E prints number system 0 only; {data!r} starts with {first}</source>
        <translation>UPC-E 只能打印数字系统 0；{data!r} 以 {first} 开头</translation>
    </message>
    <message>
        <source>UPC-E check digit of {body} is {expected}, not {given}</source>
        <translation>{body} 的 UPC-E 校验位应为 {expected}，而不是 {given}</translation>
    </message>
    <message>
        <source>Code 39 needs at least one character</source>
        <translation>Code 39 至少需要一个字符</translation>
    </message>
    <message>
        <source>Codabar needs both a start and a stop character (A-D), or neither</source>
        <translation>Codabar 的起始符和终止符（A-D）要么都有，要么都没有</translation>
    </message>
    <message>
        <source>Codabar needs at least one digit</source>
        <translation>Codabar 至少需要一位数字</translation>
    </message>
    <message>
        <source>ITF takes digits only; got {data!r}</source>
        <translation>ITF 只能编码数字；这里是 {data!r}</translation>
    </message>
    <message>
        <source>ITF needs an even number of digits; {data!r} has {count}</source>
        <translation>ITF 需要偶数位数字；{data!r} 有 {count} 位</translation>
    </message>
    <message>
        <source>unknown barcode type {ct!r}</source>
        <translation>未知的条码类型 {ct!r}</translation>
    </message>
    <message>
        <source>{name} takes {body} digits, or {full} with the check digit; got {data!r}</source>
        <translation>{name} 需要 {body} 位数字，或含校验位的 {full} 位；这里是 {data!r}</translation>
    </message>
    <message>
        <source>{name} check digit of {body} is {expected}, not {given}</source>
        <translation>{body} 的 {name} 校验位应为 {expected}，而不是 {given}</translation>
    </message>
    <message>
        <source>{name} needs at least one character</source>
        <translation>{name} 至少需要一个字符</translation>
    </message>
    <message>
        <source>{name} encodes ASCII only; {char!r} is not ASCII</source>
        <translation>{name} 只能编码 ASCII 字符；{char!r} 不是 ASCII</translation>
    </message>
    <message>
        <source>Code 39 takes 0-9, A-Z, space and - . $ / + %; {char!r} is not one</source>
        <translation>Code 39 只能编码 0-9、A-Z、空格及 - . $ / + %；{char!r} 不在其中</translation>
    </message>
    <message>
        <source>Codabar takes 0-9 and - $ : / . + between A-D start/stop; {char!r} is not one</source>
        <translation>Codabar 只能编码 0-9 及 - $ : / . +（可加 A-D 起始/终止符）；{char!r} 不在其中</translation>
    </message>
    <message>
        <source>{name} cannot encode {data!r}: {reason}</source>
        <translation>{name} 无法编码 {data!r}：{reason}</translation>
    </message>
    <message>
        <source>Code 39 takes 0-9, A-Z, space and - . $ / + %; {char!r} is not one; use capitals</source>
        <translation>Code 39 只能编码 0-9、A-Z、空格及 - . $ / + %；{char!r} 不在其中；请用大写字母</translation>
    </message>
    <message>
        <source>{tag} is wholly outside the {w} x {l} mm label (it spans x {x0}..{x1}, y {y0}..{y1} mm); what is outside does not print{hint}</source>
        <translation>{tag} 完全在 {w} x {l} mm 的标签之外（范围 x {x0}..{x1}，y {y0}..{y1} mm）；标签外的部分不会打印{hint}</translation>
    </message>
    <message>
        <source>{tag} is partly outside the {w} x {l} mm label (it spans x {x0}..{x1}, y {y0}..{y1} mm); what is outside does not print{hint}</source>
        <translation>{tag} 有一部分在 {w} x {l} mm 的标签之外（范围 x {x0}..{x1}，y {y0}..{y1} mm）；标签外的部分不会打印{hint}</translation>
    </message>
    <message>
        <source>{reason}; the printer uses {default}</source>
        <translation>{reason}；打印机将按 {default} 处理</translation>
    </message>
    <message>
        <source>{tag} {reason}</source>
        <translation>{tag} {reason}</translation>
    </message>
    <message>
        <source>{tag} holds the character U+{code:04X}, which label XML cannot carry</source>
        <translation>{tag} 含有字符 U+{code:04X}，标签 XML 无法包含它</translation>
    </message>
    <message>
        <source>the PAGE has no LABEL: nothing prints</source>
        <translation>PAGE 里没有 LABEL：什么也不会打印</translation>
    </message>
    <message>
        <source>LABEL id {id} is used twice (label #{first} has it too); ids must be unique</source>
        <translation>LABEL id {id} 重复使用（第 {first} 个标签也用了它）；id 必须唯一</translation>
    </message>
    <message>
        <source>see its documentation</source>
        <translation>见其文档</translation>
    </message>
    <message>
        <source>Noto Sans SC (the bundled font)</source>
        <translation>Noto Sans SC（内置字体）</translation>
    </message>
    <message>
        <source>1 to {last}</source>
        <translation>1 到 {last}</translation>
    </message>
    <message>
        <source>{name}: no column {column!r} for the copies (its columns: {columns})</source>
        <translation>{name}：没有用作份数的 {column!r} 列（数据的列有：{columns}）</translation>
    </message>
    <message>
        <source>its labels are {size:,} bytes of label XML, more than an order can hold ({limit:,}): make its images or texts smaller</source>
        <translation>这一行的标签有 {size:,} 字节的标签 XML，超过了一个订单能容纳的 {limit:,} 字节：请把其中的图片或文字改小</translation>
    </message>
    <message>
        <source>{value!r} is not a number of copies (a whole number from 0; at most {most} with the copies asked)</source>
        <translation>{value!r} 不是有效的份数（应为 0 或更大的整数；乘以所选份数后最多 {most}）</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>the image cannot be read: {reason}</source>
        <translation>无法读取图片：{reason}</translation>
    </message>
    <message>
        <source>an empty QR code has nothing to draw</source>
        <translation>二维码是空的，没有可画的内容</translation>
    </message>
    <message>
        <source>{size} bytes do not fit a QR code at level {level}</source>
        <translation>{size} 字节超出 {level} 级纠错下二维码的容量</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>no batch {batch}</source>
        <translation>没有批次 {batch}</translation>
    </message>
    <message>
        <source>other batches keep taking this template&apos;s serial numbers; try again</source>
        <translation>其他批次一直在占用这个模板的流水号；请再试一次</translation>
    </message>
    <message>
        <source>with the serial numbers now free, row {row} has an error: check again</source>
        <translation>改用现在空闲的流水号后，第 {row} 行有错误：请重新检查</translation>
    </message>
    <message>
        <source>batch {batch} is being sent already</source>
        <translation>批次 {batch} 已经在发送了</translation>
    </message>
    <message>
        <source>batch {batch} is not open</source>
        <translation>批次 {batch} 已经结束</translation>
    </message>
    <message>
        <source>batch {batch} is being sent by another running xplabel ({owner})</source>
        <translation>批次 {batch} 正由另一个运行中的 xplabel 发送（{owner}）</translation>
    </message>
    <message>
        <source>no keyring is available to keep the UserKEY safely. On Linux install and unlock a Secret Service (GNOME Keyring or KWallet); for automation set XPYUN_USER and XPYUN_USER_KEY instead</source>
        <translation>没有可安全保存 UserKEY 的密钥环。在 Linux 上请安装并解锁 Secret Service（GNOME 密钥环或 KWallet）；自动化使用时可改为设置 XPYUN_USER 和 XPYUN_USER_KEY</translation>
    </message>
    <message>
        <source>{what}; {advice}</source>
        <translation>{what}；{advice}</translation>
    </message>
    <message>
        <source>the keyring refused to store the key: {error}</source>
        <translation>密钥环拒绝保存密钥：{error}</translation>
    </message>
    <message>
        <source>no platform account is set up; run `xplabel account login` (or set XPYUN_USER and XPYUN_USER_KEY)</source>
        <translation>尚未设置平台账号；请运行 `xplabel account login`（或设置 XPYUN_USER 和 XPYUN_USER_KEY）</translation>
    </message>
    <message>
        <source>the keyring could not be read: {error}</source>
        <translation>无法读取密钥环：{error}</translation>
    </message>
    <message>
        <source>no UserKEY is stored for {account!r}; run `xplabel account login --user {account}`</source>
        <translation>没有为 {account!r} 保存 UserKEY；请运行 `xplabel account login --user {account}`</translation>
    </message>
    <message>
        <source>the keyring backend {name} keeps secrets in plain text</source>
        <translation>密钥环后端 {name} 以明文保存密钥</translation>
    </message>
    <message>
        <source>the keyring backend {name} keeps nothing (a key stored there is gone at once)</source>
        <translation>密钥环后端 {name} 什么也不保存（存入的密钥会立即丢失）</translation>
    </message>
    <message>
        <source>the keyring refused: {error}</source>
        <translation>密钥环拒绝了请求：{error}</translation>
    </message>
    <message>
        <source>a logo must be a PNG, JPG or BMP image</source>
        <translation>店铺 LOGO 必须是 PNG、JPG 或 BMP 图片</translation>
    </message>
    <message>
        <source>the logo is {size:.0f} KB; the platform takes at most 500 KB</source>
        <translation>店铺 LOGO 大小为 {size:.0f} KB；平台最多接受 500 KB</translation>
    </message>
</context>
<context>
    <name>NewPageDialog</name>
    <message>
        <source>New label</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>常用尺寸</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Millimetres (dots beside)</source>
        <translation>毫米（旁注点数）</translation>
    </message>
    <message>
        <source>Printer dots (mm beside)</source>
        <translation>打印机点数（旁注毫米）</translation>
    </message>
    <message>
        <source>Snap to the grid and to other elements&apos; edges</source>
        <translation>吸附到网格和其他元素的边缘</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Refuse the order</source>
        <translation>拒绝订单</translation>
    </message>
    <message>
        <source>Queue it until the printer is back</source>
        <translation>排队等待，打印机恢复后打印</translation>
    </message>
    <message>
        <source>(the first in the list)</source>
        <translation>（列表中的第一台）</translation>
    </message>
    <message>
        <source>Show lengths in</source>
        <translation>长度显示单位</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Ask printers for their state every</source>
        <translation>查询打印机状态的间隔</translation>
    </message>
    <message>
        <source>Follow a sent order for</source>
        <translation>跟踪已发送订单的时长</translation>
    </message>
    <message>
        <source>Keep unsaved work every</source>
        <translation>自动保存未保存工作的间隔</translation>
    </message>
    <message>
        <source>When the printer is offline</source>
        <translation>打印机离线时</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>默认打印机</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>%d x %d dots</source>
        <translation>%d x %d 点</translation>
    </message>
    <message numerus="yes">
        <source>Cannot be drawn yet (crossed out): %n</source>
        <translation>
            <numerusform>暂时无法绘制（已打叉）：%n 个元素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Refuse (print nothing)</source>
        <translation>不打印（拒绝订单）</translation>
    </message>
    <message>
        <source>Queue until it is back</source>
        <translation>放入待打印队列，上线后自动打印</translation>
    </message>
    <message>
        <source>Label XML (the printer draws it)</source>
        <translation>标签 XML（由打印机排版）</translation>
    </message>
    <message>
        <source>Images (exactly the preview&apos;s dots)</source>
        <translation>图片（与预览逐点一致）</translation>
    </message>
    <message>
        <source>Pass-through (small orders)</source>
        <translation>透传（适合小批量订单）</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>If offline</source>
        <translation>打印机离线时</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <source>Copy as command</source>
        <translation>复制为命令</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>状态未知</translation>
    </message>
    <message>
        <source>Sign in first (File &gt; Account…), then add a printer (Printers panel)</source>
        <translation>请先登录（文件 &gt; 账号…），再添加打印机（“打印机”面板）</translation>
    </message>
    <message numerus="yes">
        <source>Labels to print: %n</source>
        <translation>
            <numerusform>将打印 %n 张标签</numerusform>
        </translation>
    </message>
    <message>
        <source>%s is offline: the order waits until it is back.</source>
        <translation>%s 离线：订单将排队，等打印机恢复后打印。</translation>
    </message>
    <message>
        <source>%s is offline: the order will be refused. Choose “Queue until it is back” to print when it returns.</source>
        <translation>%s 离线：订单将被拒绝。选择“放入待打印队列，上线后自动打印”，它恢复后即会打印。</translation>
    </message>
    <message>
        <source>%s needs attention (out of paper?): it prints once it is fixed.</source>
        <translation>%s 需要处理（缺纸？）：处理好后即会打印。</translation>
    </message>
    <message>
        <source>%s is online: it prints at once.</source>
        <translation>%s 在线：立即打印。</translation>
    </message>
    <message>
        <source>%s: its state is not known yet.</source>
        <translation>%s：状态暂时未知。</translation>
    </message>
    <message>
        <source>The same print as an xplabel command, on the clipboard</source>
        <translation>把同样的打印作为 xplabel 命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Save the label first: the command prints the saved file</source>
        <translation>请先保存标签：命令打印的是已保存的文件</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Add a printer first (Printers panel)</source>
        <translation>请先添加打印机（“打印机”面板）</translation>
    </message>
</context>
<context>
    <name>PrinterPanel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SN</source>
        <translation>打印机编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>打印机状态</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件版本</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>待打印</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>abnormal (out of paper?)</source>
        <translation>在线异常（缺纸？）</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Clear queue</source>
        <translation>清空待打印队列</translation>
    </message>
    <message>
        <source>Print here…</source>
        <translation>用它打印…</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>店铺 LOGO…</translation>
    </message>
    <message>
        <source>Voice…</source>
        <translation>语音…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%s (%s) was already yours; kept</source>
        <translation>%s（%s）已在您的账号下；已保留</translation>
    </message>
    <message numerus="yes">
        <source>%s: %s, firmware %s, orders waiting: %n</source>
        <translation>
            <numerusform>%s：%s，固件 %s，%n 个订单待打印</numerusform>
        </translation>
    </message>
    <message>
        <source>Status and queue now</source>
        <translation>立即查询状态和待打印队列</translation>
    </message>
    <message>
        <source>Clear queue…</source>
        <translation>清空待打印队列…</translation>
    </message>
    <message>
        <source>Voice reply…</source>
        <translation>语音回复…</translation>
    </message>
    <message>
        <source>Remove from this computer</source>
        <translation>从本机列表中移除</translation>
    </message>
    <message>
        <source>Add a printer…</source>
        <translation>添加打印机…</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>全部刷新</translation>
    </message>
    <message>
        <source>unknown (cloud unreachable)</source>
        <translation>未知（无法连接云平台）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>A printer needs a serial number and a name.</source>
        <translation>添加打印机需要打印机编号和名称。</translation>
    </message>
    <message>
        <source>%s (%s) added</source>
        <translation>已添加 %s（%s）</translation>
    </message>
    <message>
        <source>%s removed from this computer&apos;s list</source>
        <translation>已从本机列表移除 %s</translation>
    </message>
    <message>
        <source>Delete every order waiting on %s?</source>
        <translation>删除 %s 待打印队列中的所有订单？</translation>
    </message>
    <message>
        <source>%s: queue cleared</source>
        <translation>%s：待打印队列已清空</translation>
    </message>
    <message>
        <source>Voice reply</source>
        <translation>语音回复</translation>
    </message>
    <message>
        <source>What %s should say:</source>
        <translation>要让 %s 播报的内容：</translation>
    </message>
    <message>
        <source>%s: voice reply sent</source>
        <translation>%s：语音回复已发送</translation>
    </message>
</context>
<context>
    <name>PrintingUI</name>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>The label has errors:
</source>
        <translation>标签有错误：
</translation>
    </message>
    <message>
        <source>%s: logo uploaded</source>
        <translation>%s：店铺 LOGO 已上传</translation>
    </message>
    <message>
        <source>Sending %s to %s…</source>
        <translation>正在发送 %s 到 %s…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Orders sent to %s: %d</source>
        <translation>已发送到 %s 的订单：%d 个</translation>
    </message>
    <message>
        <source>; %d already accepted earlier, not printed again</source>
        <translation>；%d 个此前已被接受，未再次打印</translation>
    </message>
    <message>
        <source>%s is offline, so nothing was printed. Check its power and network, or print again choosing “Queue until it is back”: it then prints when the printer returns.</source>
        <translation>%s 离线，什么也没有打印。请检查它的电源和网络，或重新打印并选择“放入待打印队列，上线后自动打印”：打印机恢复后即会打印。</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>结果不明</translation>
    </message>
    <message>
        <source>%s

Check the printer and its queue first: printing it anyway may print it twice.</source>
        <translation>%s

请先查看打印机及其待打印队列：强行再打印可能会打印两次。</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>仍然打印</translation>
    </message>
    <message>
        <source>%s

Trying again within 5 minutes is safe: the cloud recognises the order and never prints it twice.</source>
        <translation>%s

5 分钟内重试是安全的：云平台能识别该订单，绝不会打印两次。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Cannot reprint</source>
        <translation>无法重新打印</translation>
    </message>
    <message>
        <source>The history keeps no printable copy of %s.</source>
        <translation>打印记录中没有 %s 可打印的副本。</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Label %s</source>
        <translation>标签 %s</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>(line %d)</source>
        <translation>（文件第 %d 行）</translation>
    </message>
    <message>
        <source>File, line %d</source>
        <translation>文件第 %d 行</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>常用尺寸</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Page size %s</source>
        <translation>纸张尺寸 %s</translation>
    </message>
    <message>
        <source>Placeholders: each record&apos;s values are checked as they fill them</source>
        <translation>占位符：每条记录的值在填入时检查</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>修改%s</translation>
    </message>
    <message>
        <source>Change %s %s</source>
        <translation>修改%s的%s</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>RecordNavigator</name>
    <message>
        <source>Record navigator</source>
        <translation>记录导航</translation>
    </message>
    <message>
        <source>Previous record</source>
        <translation>上一条记录</translation>
    </message>
    <message>
        <source>Next record</source>
        <translation>下一条记录</translation>
    </message>
    <message>
        <source>Loading data…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>没有数据</translation>
    </message>
    <message>
        <source>Row %1 of %2</source>
        <translation>第 %1 行，共 %2 行</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>A column whose value is how many labels each row prints (0: none)</source>
        <translation>一列，其值为每行打印的标签张数（0：不打印）</translation>
    </message>
    <message>
        <source>Copies per row</source>
        <translation>每行份数</translation>
    </message>
    <message>
        <source>(one each)</source>
        <translation>（每行 1 份）</translation>
    </message>
    <message>
        <source>No data connected (Data &gt; Connect data…)</source>
        <translation>未连接数据（数据 &gt; 连接数据…）</translation>
    </message>
    <message>
        <source>%1 of %2 rows ticked</source>
        <translation>已勾选 %1 / %2 行</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Page</source>
        <translation>标签纸</translation>
    </message>
    <message>
        <source>one whole order</source>
        <translation>一份完整的标签订单</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>label width</source>
        <translation>标签宽度</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>label length</source>
        <translation>标签长度</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>间隙</translation>
    </message>
    <message>
        <source>gap between labels; 0 on continuous paper (receipts)</source>
        <translation>两个标签之间的间隙；连续纸（小票）设为 0</translation>
    </message>
    <message>
        <source>Paper type</source>
        <translation>纸张类型</translation>
    </message>
    <message>
        <source>0 follow the gap, 1 gap, 2 continuous, 3 black mark</source>
        <translation>0 取决于间隙设置，1 间隙纸，2 连续纸，3 黑标纸</translation>
    </message>
    <message>
        <source>follow the gap</source>
        <translation>取决于间隙设置</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>间隙纸</translation>
    </message>
    <message>
        <source>continuous</source>
        <translation>连续纸</translation>
    </message>
    <message>
        <source>black mark</source>
        <translation>黑标纸</translation>
    </message>
    <message>
        <source>Feed offset</source>
        <translation>送纸偏移</translation>
    </message>
    <message>
        <source>0 minimum, 1 maximum (the label length)</source>
        <translation>0 最小，1 最大（即标签长度）</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>maximum</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>one printed label</source>
        <translation>实际打印的一张标签</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号 (id)</translation>
    </message>
    <message>
        <source>unique; orders the labels</source>
        <translation>唯一；决定标签的顺序</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>copies of this label; above 1 it overrides the order&apos;s copies</source>
        <translation>这张标签的打印份数；大于 1 时不受订单份数控制</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>打印方向</translation>
    </message>
    <message>
        <source>0 near the paper exit (turned 180 degrees), 1 away</source>
        <translation>0 靠近出纸口（旋转 180 度），1 远离出纸口</translation>
    </message>
    <message>
        <source>near the exit (turned)</source>
        <translation>靠近出纸口（旋转）</translation>
    </message>
    <message>
        <source>away from the exit</source>
        <translation>远离出纸口</translation>
    </message>
    <message>
        <source>Mirror</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>1 prints mirrored</source>
        <translation>1 镜像打印</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常打印</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>镜像打印</translation>
    </message>
    <message>
        <source>Paper offset</source>
        <translation>纸张偏移</translation>
    </message>
    <message>
        <source>out of range, the printer uses 0</source>
        <translation>超出范围时打印机按 0 处理</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a line (or lines) of text in a printer font</source>
        <translation>用打印机字体打印的一行（或多行）文字</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>across the label</source>
        <translation>横坐标（沿标签宽度）</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>along the label</source>
        <translation>纵坐标（沿标签长度）</translation>
    </message>
    <message>
        <source>Width ×</source>
        <translation>横向放大 ×</translation>
    </message>
    <message>
        <source>horizontal magnification</source>
        <translation>横向放大倍数</translation>
    </message>
    <message>
        <source>Height ×</source>
        <translation>纵向放大 ×</translation>
    </message>
    <message>
        <source>vertical magnification</source>
        <translation>纵向放大倍数</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>1..6 letters and digits only, 7 Chinese (default), 8 small Chinese</source>
        <translation>1..6 仅英文数字，7 中文（默认），8 小号中文</translation>
    </message>
    <message>
        <source>8 × 12 dots, letters and digits</source>
        <translation>8 × 12 点，英文数字</translation>
    </message>
    <message>
        <source>12 × 20 dots, letters and digits</source>
        <translation>12 × 20 点，英文数字</translation>
    </message>
    <message>
        <source>16 × 24 dots, letters and digits</source>
        <translation>16 × 24 点，英文数字</translation>
    </message>
    <message>
        <source>24 × 32 dots, letters and digits</source>
        <translation>24 × 32 点，英文数字</translation>
    </message>
    <message>
        <source>32 × 48 dots, letters and digits</source>
        <translation>32 × 48 点，英文数字</translation>
    </message>
    <message>
        <source>14 × 19 dots, letters and digits</source>
        <translation>14 × 19 点，英文数字</translation>
    </message>
    <message>
        <source>24 × 24 dots, Chinese (default)</source>
        <translation>24 × 24 点，中文（默认）</translation>
    </message>
    <message>
        <source>16 × 16 dots, small Chinese</source>
        <translation>16 × 16 点，小号中文</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>对齐方式</translation>
    </message>
    <message>
        <source>the element is anchored at x; centre it on the label with x = width / 2</source>
        <translation>元素以 x 为基准对齐；要在标签上居中，请设 x = 宽度 / 2</translation>
    </message>
    <message>
        <source>left</source>
        <translation>居左</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>right</source>
        <translation>居右</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>degrees clockwise about (x, y)</source>
        <translation>绕 (x, y) 顺时针旋转的角度</translation>
    </message>
    <message>
        <source>0°</source>
        <translation>0°（不旋转）</translation>
    </message>
    <message>
        <source>90° clockwise</source>
        <translation>顺时针 90°</translation>
    </message>
    <message>
        <source>180°</source>
        <translation>180°</translation>
    </message>
    <message>
        <source>270° clockwise</source>
        <translation>顺时针 270°</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>a one-dimensional barcode</source>
        <translation>一维条码</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>条码内容</translation>
    </message>
    <message>
        <source>Barcode type</source>
        <translation>条码类型</translation>
    </message>
    <message>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <source>Code 93</source>
        <translation>Code 93</translation>
    </message>
    <message>
        <source>Codabar</source>
        <translation>Codabar 库德巴码</translation>
    </message>
    <message>
        <source>Interleaved 2 of 5</source>
        <translation>交叉二五码 (ITF)</translation>
    </message>
    <message>
        <source>Code 39</source>
        <translation>Code 39</translation>
    </message>
    <message>
        <source>EAN-8</source>
        <translation>EAN-8</translation>
    </message>
    <message>
        <source>EAN-13</source>
        <translation>EAN-13</translation>
    </message>
    <message>
        <source>UPC-E</source>
        <translation>UPC-E</translation>
    </message>
    <message>
        <source>UPC-A</source>
        <translation>UPC-A</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>narrow bar width</source>
        <translation>窄条宽度</translation>
    </message>
    <message>
        <source>Wide ratio</source>
        <translation>宽窄比</translation>
    </message>
    <message>
        <source>wide bars are n × w dots (Code 39, ITF, Codabar)</source>
        <translation>宽条为 n × w 点（Code 39、ITF、Codabar）</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Human text</source>
        <translation>显示条码内容</translation>
    </message>
    <message>
        <source>0 none, 1 left, 2 centre, 3 right</source>
        <translation>0 不显示，1 居左，2 居中，3 居右</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不显示</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>a QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>module size in dots</source>
        <translation>模块大小（点）</translation>
    </message>
    <message>
        <source>Error correction</source>
        <translation>纠错等级</translation>
    </message>
    <message>
        <source>low (7 %)</source>
        <translation>低 (7 %)</translation>
    </message>
    <message>
        <source>medium (15 %)</source>
        <translation>中 (15 %)</translation>
    </message>
    <message>
        <source>quartile (25 %)</source>
        <translation>较高 (25 %)</translation>
    </message>
    <message>
        <source>high (30 %)</source>
        <translation>高 (30 %)</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>方框</translation>
    </message>
    <message>
        <source>a rectangle outline from (x, y) to (xe, ye)</source>
        <translation>从 (x, y) 到 (xe, ye) 的矩形边框</translation>
    </message>
    <message>
        <source>X end</source>
        <translation>右下角 X</translation>
    </message>
    <message>
        <source>Y end</source>
        <translation>右下角 Y</translation>
    </message>
    <message>
        <source>Line thickness</source>
        <translation>线条粗细</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>线条</translation>
    </message>
    <message>
        <source>a filled bar: horizontal when w &gt; h, vertical when w &lt; h</source>
        <translation>实心线条：w &gt; h 为横线，w &lt; h 为竖线</translation>
    </message>
    <message>
        <source>Cutter</source>
        <translation>切刀</translation>
    </message>
    <message>
        <source>cutter control, for printers with a cutter</source>
        <translation>切刀控制，用于带切刀的打印机</translation>
    </message>
    <message>
        <source>Cut every</source>
        <translation>每几张切一次</translation>
    </message>
    <message>
        <source>cut every p labels; -1 never</source>
        <translation>每 p 张标签切一次；-1 不裁切</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>裁切方式</translation>
    </message>
    <message>
        <source>OFF, BARCH once after the batch, ON after every label</source>
        <translation>OFF 关闭切刀，BARCH 全部打印完再切，ON 一个标签一切</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭切刀</translation>
    </message>
    <message>
        <source>once after the batch</source>
        <translation>全部打印完再切</translation>
    </message>
    <message>
        <source>after every label</source>
        <translation>一个标签一切</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>店铺 LOGO</translation>
    </message>
    <message>
        <source>the logo uploaded for the printer, or an inline base64 PNG/JPG/BMP image</source>
        <translation>打印机上已上传的店铺 LOGO，或内嵌的 base64 PNG/JPG/BMP 图片</translation>
    </message>
    <message>
        <source>width in dots; unset, the uploaded logo&apos;s own width</source>
        <translation>宽度（点）；不设置则为上传的 LOGO 本身的宽度</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>反白</translation>
    </message>
    <message>
        <source>inverts every dot already drawn in the rectangle (white on black)</source>
        <translation>把矩形内已画出的内容反转（黑底白字）</translation>
    </message>
    <message>
        <source>any ASCII characters</source>
        <translation>任意 ASCII 字符</translation>
    </message>
    <message>
        <source>0-9 - $ : / . +, optionally between start/stop characters A-D</source>
        <translation>0-9 - $ : / . +，可加 A-D 起始/终止符</translation>
    </message>
    <message>
        <source>an even number of digits</source>
        <translation>偶数位数字</translation>
    </message>
    <message>
        <source>0-9, A-Z, space and - . $ / + %</source>
        <translation>0-9、A-Z、空格及 - . $ / + %</translation>
    </message>
    <message>
        <source>7 digits, or 8 with the check digit</source>
        <translation>7 位数字，或含校验位的 8 位</translation>
    </message>
    <message>
        <source>12 digits, or 13 with the check digit</source>
        <translation>12 位数字，或含校验位的 13 位</translation>
    </message>
    <message>
        <source>6 digits (number system 0), 7 starting with 0, or 8 with the check digit</source>
        <translation>6 位数字（数字系统 0）、以 0 开头的 7 位，或含校验位的 8 位</translation>
    </message>
    <message>
        <source>11 digits, or 12 with the check digit</source>
        <translation>11 位数字，或含校验位的 12 位</translation>
    </message>
    <message>
        <source>40 x 30 mm label</source>
        <translation>40 x 30 mm 标签</translation>
    </message>
    <message>
        <source>50 x 30 mm label</source>
        <translation>50 x 30 mm 标签</translation>
    </message>
    <message>
        <source>60 x 40 mm label</source>
        <translation>60 x 40 mm 标签</translation>
    </message>
    <message>
        <source>70 x 50 mm label</source>
        <translation>70 x 50 mm 标签</translation>
    </message>
    <message>
        <source>100 x 60 mm label</source>
        <translation>100 x 60 mm 标签</translation>
    </message>
    <message>
        <source>100 x 100 mm label</source>
        <translation>100 x 100 mm 标签</translation>
    </message>
    <message>
        <source>58 mm receipt</source>
        <translation>58 mm 小票</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>80 mm 小票</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Move the selection by one dot</source>
        <translation>选中的元素移动 1 点</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <source>Move the selection by 1 mm</source>
        <translation>选中的元素移动 1 mm</translation>
    </message>
    <message>
        <source>Shift (while dragging)</source>
        <translation>Shift（拖动时按住）</translation>
    </message>
    <message>
        <source>Do not snap</source>
        <translation>不自动吸附</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Put the tool down</source>
        <translation>放下当前工具</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>放大或缩小</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <source>Edit text in place</source>
        <translation>直接编辑文本</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>工具箱</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Search by name or key (e.g. rotate, Ctrl+R)</source>
        <translation>按名称或按键搜索（如：旋转、Ctrl+R）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>No shortcut matches.</source>
        <translation>没有匹配的快捷键。</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>outside the label</source>
        <translation>在标签之外</translation>
    </message>
    <message>
        <source>x %.2f mm (%d dots), y %.2f mm (%d dots)</source>
        <translation>x %.2f mm（%d 点），y %.2f mm（%d 点）</translation>
    </message>
    <message>
        <source>Label %s × %s mm</source>
        <translation>标签 %s × %s mm</translation>
    </message>
    <message>
        <source>Selection x %s y %s mm, %s × %s mm</source>
        <translation>选中 x %s y %s mm，%s × %s mm</translation>
    </message>
</context>
<context>
    <name>Toolbox</name>
    <message>
        <source>%s: not an image that can be read (%s)</source>
        <translation>%s：不是可以读取的图片（%s）</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>dots</source>
        <translation>点</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>Show all &amp;panels</source>
        <translation>显示所有面板(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>恢复默认布局(&amp;R)</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>排列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>账号(&amp;C)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制一份(&amp;U)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Label &amp;Properties</source>
        <translation>标签属性(&amp;P)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>偏好设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rotate 90°</source>
        <translation>旋转 90°(&amp;R)</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>水平均匀分布</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>垂直均匀分布</translation>
    </message>
    <message>
        <source>Bring to front</source>
        <translation>移到最前</translation>
    </message>
    <message>
        <source>Send to back</source>
        <translation>移到最后</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>解锁(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>组合(&amp;G)</translation>
    </message>
    <message>
        <source>Ung&amp;roup</source>
        <translation>取消组合(&amp;R)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;fit</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual size (100 %)</source>
        <translation>实际大小 (100 %)(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;grid</source>
        <translation>显示网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Snap to grid</source>
        <translation>吸附到网格(&amp;S)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>工具箱</translation>
    </message>
    <message>
        <source>&amp;Image from file…</source>
        <translation>文件中的图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Click on the label to place it</source>
        <translation>在标签上点击以放置</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Cannot insert the image</source>
        <translation>无法插入图片</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ZoomBox</name>
    <message>
        <source>Fit</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Zoom: 100 % is true size (Ctrl+wheel, Ctrl++, Ctrl+-)</source>
        <translation>缩放：100 % 为实际大小（Ctrl+滚轮、Ctrl++、Ctrl+-）</translation>
    </message>
</context>
</TS>
