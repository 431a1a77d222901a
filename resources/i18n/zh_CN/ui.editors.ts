<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PermissionsEditor</name>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Names (comma separated)</source>
        <translation>名称（以逗号分隔）</translation>
    </message>
    <message>
        <source>Add permission</source>
        <translation>添加权限</translation>
    </message>
    <message>
        <source>channel-a, channel-b</source>
        <translation>频道-a, 频道-b</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>权限</translation>
    </message>
</context>
<context>
    <name>PrivilegesEditor</name>
    <message>
        <source>Privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add privilege</source>
        <translation>添加权限</translation>
    </message>
    <message>
        <source>privilege</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>{owner}: privilege {privileges} is listed more than once.</source>
        <translation>{owner}：权限 {privileges} 重复列出。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PrivilegesField</name>
    <message>
        <source>unix time (0 = never)</source>
        <translation>Unix 时间（0 = 永不过期）</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>{owner}: {action}</source>
        <translation>{owner}：{action}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{owner}: row {number} {column}</source>
        <translation>{owner}：第 {number} 行 {column}</translation>
    </message>
    <message>
        <source>{owner}: remove row {number}</source>
        <translation>{owner}：删除第 {number} 行</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Channel name</source>
        <translation>频道名</translation>
    </message>
    <message>
        <source>uid (text; &quot;&quot; = any user)</source>
        <translation>uid（文本；&quot;&quot; = 任意用户）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Room uuid</source>
        <translation>房间 uuid</translation>
    </message>
    <message>
        <source>User uuid</source>
        <translation>用户 uuid</translation>
    </message>
    <message>
        <source>Role (int16)</source>
        <translation>角色（16 位整数）</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>{owner}: permissions</source>
        <translation>{owner}：权限</translation>
    </message>
    <message>
        <source>{owner}: privileges</source>
        <translation>{owner}：权限</translation>
    </message>
    <message>
        <source>seconds after issue (0 = no limit)</source>
        <translation>签发后的秒数（0 = 不单独限制）</translation>
    </message>
    <message>
        <source>{owner}: service type</source>
        <translation>{owner}：服务类型</translation>
    </message>
    <message>
        <source>Other (raw number)…</source>
        <translation>其他（直接填写数字）…</translation>
    </message>
    <message>
        <source>{owner}: raw service type number</source>
        <translation>{owner}：服务类型数字</translation>
    </message>
    <message>
        <source>type number, 0..65535</source>
        <translation>类型数字，0..65535</translation>
    </message>
    <message>
        <source>Service &amp;type</source>
        <translation>服务类型(&amp;T)</translation>
    </message>
    <message>
        <source>{owner}: {field}</source>
        <translation>{owner}：{field}</translation>
    </message>
    <message>
        <source>Privileges</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{name} (type {number})</source>
        <translation>{name}（类型 {number}）</translation>
    </message>
    <message>
        <source>type {value}</source>
        <translation>类型 {value}</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>{owner}: list</source>
        <translation>{owner}：列表</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <source>{owner}: add service</source>
        <translation>{owner}：添加服务</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{owner}: remove the selected service</source>
        <translation>{owner}：删除选中的服务</translation>
    </message>
    <message>
        <source>{owner}: move the selected service up</source>
        <translation>{owner}：上移选中的服务</translation>
    </message>
    <message>
        <source>Move up (services of one type keep their order)</source>
        <translation>上移（同一类型的服务保持其先后顺序）</translation>
    </message>
    <message>
        <source>{owner}: move the selected service down</source>
        <translation>{owner}：下移选中的服务</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>{owner} {number}</source>
        <translation>{owner} {number}</translation>
    </message>
</context>
<context>
    <name>ServicesField</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>StructuredField</name>
    <message>
        <source>edit as JSON</source>
        <translation>以 JSON 编辑</translation>
    </message>
    <message>
        <source>Show and edit this field as request JSON (requests.md).</source>
        <translation>以请求 JSON（与 agora-token 命令行相同的格式）查看和编辑此字段。</translation>
    </message>
    <message>
        <source>{label} as JSON</source>
        <translation>{label}（JSON）</translation>
    </message>
    <message>
        <source>{label}: this JSON does not fit the table; fix it here.</source>
        <translation>{label}：此 JSON 无法用表格表示，请在此处修改。</translation>
    </message>
</context>
</TS>
