<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>customer id</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>customer secret</source>
        <translation>客户密钥</translation>
    </message>
    <message>
        <source>The agent uid must be a number 0..4294967295 or non-empty text, as in the /join body&apos;s agent_rtc_uid.</source>
        <translation>智能体 uid 必须是 0..4294967295 之间的数字或非空文本，与 /join 请求体中的 agent_rtc_uid 相同。</translation>
    </message>
    <message>
        <source>A ConvoAI agent token lasts 1 s to 24 h ({limit} s); got {value}.</source>
        <translation>ConvoAI 智能体的 Token 有效期为 1 秒到 24 小时（{limit} 秒）；实际为 {value}。</translation>
    </message>
    <message>
        <source>The /join body is not JSON ({reason} at line {line}, column {column}).</source>
        <translation>/join 请求体不是 JSON（第 {line} 行第 {column} 列：{reason}）。</translation>
    </message>
    <message>
        <source>The /join body must be a JSON object.</source>
        <translation>/join 请求体必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>The /join body&apos;s properties must be an object.</source>
        <translation>/join 请求体的 properties 必须是对象。</translation>
    </message>
    <message>
        <source>The body carries a different token than the one checked here.</source>
        <translation>请求体中的 Token 与此处校验的 Token 不同。</translation>
    </message>
    <message>
        <source>The token does not decode: {reason}</source>
        <translation>无法解析此 Token：{reason}</translation>
    </message>
    <message>
        <source>A ConvoAI agent needs a 007 token (AccessToken2); this is not one.</source>
        <translation>ConvoAI 智能体需要 007 Token（AccessToken2）；这不是。</translation>
    </message>
    <message>
        <source>The body has no properties.channel.</source>
        <translation>请求体中没有 properties.channel。</translation>
    </message>
    <message>
        <source>The token has no RTC service: the agent cannot join.</source>
        <translation>Token 中没有 RTC 服务：智能体无法加入频道。</translation>
    </message>
    <message>
        <source>The body&apos;s channel {channel} is not the token&apos;s ({names}).</source>
        <translation>请求体中的频道 {channel} 与 Token 中的频道（{names}）不一致。</translation>
    </message>
    <message>
        <source>Channel {channel} matches the token.</source>
        <translation>频道 {channel} 与 Token 一致。</translation>
    </message>
    <message>
        <source>The body has no properties.agent_rtc_uid.</source>
        <translation>请求体中没有 properties.agent_rtc_uid。</translation>
    </message>
    <message>
        <source>The body&apos;s agent_rtc_uid {uid} is not the token&apos;s RTC account ({shown}).</source>
        <translation>请求体中的 agent_rtc_uid {uid} 与 Token 的 RTC 账号（{shown}）不一致。</translation>
    </message>
    <message>
        <source>Agent uid {uid} matches the token&apos;s RTC account.</source>
        <translation>智能体 uid {uid} 与 Token 的 RTC 账号一致。</translation>
    </message>
    <message>
        <source>The token has no RTM service; agents that use RTM (advanced_features.enable_rtm) need an RTC+RTM token.</source>
        <translation>Token 中没有 RTM 服务；使用 RTM 的智能体（advanced_features.enable_rtm）需要 RTC+RTM Token。</translation>
    </message>
    <message>
        <source>The token&apos;s RTM user id is not the agent uid {uid}.</source>
        <translation>Token 的 RTM 用户 ID 不是智能体 uid {uid}。</translation>
    </message>
    <message>
        <source>The token has expired: the agent cannot join.</source>
        <translation>Token 已过期：智能体无法加入频道。</translation>
    </message>
    <message>
        <source>The token lasts more than 24 h; Agora caps tokens at 24 h.</source>
        <translation>Token 有效期超过 24 小时；声网的 Token 有效期上限为 24 小时。</translation>
    </message>
    <message>
        <source>The token is valid for {left} more ({seconds} s).</source>
        <translation>Token 还有 {left}有效（{seconds} 秒）。</translation>
    </message>
    <message>
        <source>The token expires before the agent&apos;s idle_timeout would end.</source>
        <translation>Token 会在智能体的 idle_timeout 结束前过期。</translation>
    </message>
    <message>
        <source>The customer ID is empty.</source>
        <translation>客户 ID 为空。</translation>
    </message>
    <message>
        <source>The customer ID contains &apos;:&apos;, which Basic authentication cannot carry; copy it again from the console.</source>
        <translation>客户 ID 包含 &apos;:&apos;，Basic 认证无法携带它；请从控制台重新复制。</translation>
    </message>
    <message>
        <source>The customer secret is empty.</source>
        <translation>客户密钥为空。</translation>
    </message>
    <message>
        <source>The {name} has spaces around it; they would become part of the header.</source>
        <translation>{name}前后有空格；它们会成为请求头的一部分。</translation>
    </message>
</context>
</TS>
