<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Form</name>
    <message>
        <source>Works with: {sdks}.</source>
        <translation>适用于：{sdks}。</translation>
    </message>
    <message>
        <source>Agora: {reference}.</source>
        <translation>声网 API：{reference}。</translation>
    </message>
    <message>
        <source>Privileges: same as token</source>
        <translation>权限：与 Token 相同</translation>
    </message>
    <message>
        <source>Make the privileges last as long as the token</source>
        <translation>使权限与 Token 同时到期</translation>
    </message>
    <message>
        <source>Set every privilege that ends before the token to end with it</source>
        <translation>将早于 Token 到期的每项权限改为与 Token 同时到期</translation>
    </message>
    <message>
        <source>{kind} form</source>
        <translation>{kind}表单</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Advanced: {pins}</source>
        <translation>高级：{pins}</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Pinned values; empty means now / random. Pin them to reproduce a token or to make one that is already expired or not yet valid.</source>
        <translation>固定的值；留空表示使用当前时间或随机值。固定这些值可以复现某个 Token，或生成已过期、尚未生效的 Token。</translation>
    </message>
    <message>
        <source>Left empty, these are filled in when you press Generate: times with now, salt and random numbers with a fresh random value (Agora&apos;s builders do the same). Fill them in to make exactly the same token again, or one that is already expired.</source>
        <translation>留空时，点击生成会自动填入：时间取当前时间，salt 和随机数取新的随机值（声网的生成器也是如此）。填写这些值可以再次生成完全相同的 Token，或生成已过期的 Token。</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Build the token (Ctrl+Enter); anything missing or wrong is marked first</source>
        <translation>生成 Token（Ctrl+Enter）；缺失或错误的内容会先标出</translation>
    </message>
</context>
<context>
    <name>GeneratorTab</name>
    <message>
        <source>Key kind</source>
        <translation>Key 类型</translation>
    </message>
    <message>
        <source>Which token to make: each kind is for one Agora product and one way of naming the user</source>
        <translation>要生成哪种 Token：每种类型对应一个声网产品和一种标识用户的方式</translation>
    </message>
    <message>
        <source>Token &amp;kind</source>
        <translation>Token 类型(&amp;K)</translation>
    </message>
    <message>
        <source>What this token is for</source>
        <translation>此 Token 的用途</translation>
    </message>
    <message>
        <source>Agora names and SDK versions</source>
        <translation>声网 API 名称和 SDK 版本</translation>
    </message>
    <message>
        <source>Numeric &amp;uid</source>
        <translation>数字 &amp;uid</translation>
    </message>
    <message>
        <source>Identify the user by numeric uid</source>
        <translation>用数字 uid 标识用户</translation>
    </message>
    <message>
        <source>String acc&amp;ount</source>
        <translation>字符串账号(&amp;O)</translation>
    </message>
    <message>
        <source>Identify the user by string account</source>
        <translation>用字符串账号（User Account）标识用户</translation>
    </message>
    <message>
        <source>User identified by:</source>
        <translation>用户标识方式：</translation>
    </message>
</context>
</TS>
