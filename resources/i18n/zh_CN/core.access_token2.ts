<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>AccessToken2 body</source>
        <translation>AccessToken2 主体</translation>
    </message>
    <message>
        <source>AccessToken2 payload</source>
        <translation>AccessToken2 载荷</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Unknown service {type}</source>
        <translation>未知服务 {type}</translation>
    </message>
    <message>
        <source>unknown ({privilege})</source>
        <translation>未知（{privilege}）</translation>
    </message>
    <message>
        <source>A number is out of range for its field ({reason}).</source>
        <translation>有数字超出了其字段的取值范围（{reason}）。</translation>
    </message>
    <message>
        <source>An AccessToken2 starts with &apos;007&apos;, this text starts with {start}.</source>
        <translation>AccessToken2 以 &apos;007&apos; 开头，而此文本以 {start} 开头。</translation>
    </message>
    <message>
        <source>service {number} ({name})</source>
        <translation>服务 {number}（{name}）</translation>
    </message>
    <message>
        <source>the role of {where}</source>
        <translation>{where}的角色</translation>
    </message>
    <message>
        <source>the RTM2 permissions of {where}</source>
        <translation>{where}的 RTM2 权限</translation>
    </message>
    <message>
        <source>the {name} of {where}</source>
        <translation>{where}的 {name}</translation>
    </message>
    <message>
        <source>the type of service {number}</source>
        <translation>服务 {number} 的类型</translation>
    </message>
    <message>
        <source>the privileges of {where}</source>
        <translation>{where}的权限</translation>
    </message>
</context>
</TS>
