<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>HistoryTab</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Tokens generated in this session</source>
        <translation>本次会话中生成的 Token</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>复制 Token</translation>
    </message>
    <message>
        <source>Copy the selected token</source>
        <translation>复制选中的 Token</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>解析</translation>
    </message>
    <message>
        <source>Inspect the selected token in the decoder pane</source>
        <translation>在解析器面板中查看选中的 Token</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>清空历史记录</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; nothing here is saved to disk.</source>
        <translation>仅在本次会话中保存在内存里；此处的内容不会写入磁盘。</translation>
    </message>
    <message>
        <source>0 (any user)</source>
        <translation>0（任意用户）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>{group} · {title}</source>
        <translation>{group} · {title}</translation>
    </message>
    <message>
        <source>Token copied ({count} characters).</source>
        <translation>已复制 Token（{count} 个字符）。</translation>
    </message>
    <message>
        <source>History cleared ({count} tokens).</source>
        <translation>已清空历史记录（{count} 个 Token）。</translation>
    </message>
</context>
</TS>
