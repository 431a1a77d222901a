<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Pages</name>
    <message>
        <source>Whiteboard</source>
        <translation>互动白板</translation>
    </message>
    <message>
        <source>Stream key for OBS</source>
        <translation>OBS 推流密钥</translation>
    </message>
    <message>
        <source>ConvoAI agent</source>
        <translation>对话式 AI 智能体</translation>
    </message>
    <message>
        <source>REST credentials</source>
        <translation>RESTful API 凭证</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>媒体流加密密钥</translation>
    </message>
    <message>
        <source>Interactive Whiteboard tokens</source>
        <translation>互动白板 Token</translation>
    </message>
    <message>
        <source>Media Gateway stream key and OBS server URL</source>
        <translation>媒体网关推流密钥和 OBS 服务器地址</translation>
    </message>
    <message>
        <source>Conversational AI agent RTC+RTM token</source>
        <translation>对话式 AI 智能体的 RTC+RTM Token</translation>
    </message>
    <message>
        <source>HTTP Basic header for Agora&apos;s RESTful APIs</source>
        <translation>声网 RESTful API 的 HTTP Basic 认证头</translation>
    </message>
    <message>
        <source>Media stream encryption key and salt</source>
        <translation>媒体流加密的密钥和盐</translation>
    </message>
</context>
</TS>
